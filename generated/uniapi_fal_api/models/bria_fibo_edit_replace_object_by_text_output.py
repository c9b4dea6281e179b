from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_v5f105f import ImageV5F105F


T = TypeVar("T", bound="BriaFiboEditReplaceObjectByTextOutput")


@_attrs_define
class BriaFiboEditReplaceObjectByTextOutput:
    """Output of `bria/fibo-edit/replace_object_by_text` (unknown)."""

    image: ImageV5F105F
    """ImageV5F105F."""
    structured_instruction: Any
    """Any value."""
    images: list[ImageV5F105F] | Unset = UNSET
    """List of ImageV5F105F."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image = self.image.to_dict()

        structured_instruction = self.structured_instruction

        images: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.images, Unset):
            images = []
            for images_item_data in self.images:
                images_item = images_item_data.to_dict()
                images.append(images_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "image": image,
                "structured_instruction": structured_instruction,
            }
        )
        if images is not UNSET:
            field_dict["images"] = images

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_v5f105f import ImageV5F105F  # noqa: PLC0415

        d = dict(src_dict)
        image = ImageV5F105F.from_dict(d.pop("image"))

        structured_instruction = d.pop("structured_instruction")

        _images = d.pop("images", UNSET)
        images: list[ImageV5F105F] | Unset = UNSET
        if _images is not UNSET:
            images = []
            for images_item_data in _images:
                images_item = ImageV5F105F.from_dict(images_item_data)

                images.append(images_item)

        bria_fibo_edit_replace_object_by_text_output = cls(
            image=image,
            structured_instruction=structured_instruction,
            images=images,
        )

        bria_fibo_edit_replace_object_by_text_output.additional_properties = d
        return bria_fibo_edit_replace_object_by_text_output

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_v5f105f import ImageV5F105F


T = TypeVar("T", bound="BriaReplaceBackgroundOutput")


@_attrs_define
class BriaReplaceBackgroundOutput:
    """Output of `bria/replace-background` (unknown)."""

    image: ImageV5F105F
    """ImageV5F105F."""
    images: list[Any] | Unset = UNSET
    """List."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image = self.image.to_dict()

        images: list[Any] | Unset = UNSET
        if not isinstance(self.images, Unset):
            images = self.images

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "image": image,
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

        images = cast(list[Any], d.pop("images", UNSET))

        bria_replace_background_output = cls(
            image=image,
            images=images,
        )

        bria_replace_background_output.additional_properties = d
        return bria_replace_background_output

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bria_fibo_lite_generate_output_images_item import (
        BriaFiboLiteGenerateOutputImagesItem,
    )
    from ..models.bria_fibo_lite_generate_output_structured_prompt import (
        BriaFiboLiteGenerateOutputStructuredPrompt,
    )
    from ..models.image_v3c472c import ImageV3C472C


T = TypeVar("T", bound="BriaFiboLiteGenerateOutput")


@_attrs_define
class BriaFiboLiteGenerateOutput:
    """Output of `bria/fibo-lite/generate` (text-to-image)."""

    image: ImageV3C472C
    """ImageV3C472C."""
    structured_prompt: BriaFiboLiteGenerateOutputStructuredPrompt
    """Structured Prompt: object."""
    images: list[BriaFiboLiteGenerateOutputImagesItem] | Unset = UNSET
    """Images: list of object. Server default: []."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image = self.image.to_dict()

        structured_prompt = self.structured_prompt.to_dict()

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
                "structured_prompt": structured_prompt,
            }
        )
        if images is not UNSET:
            field_dict["images"] = images

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bria_fibo_lite_generate_output_images_item import (
            BriaFiboLiteGenerateOutputImagesItem,  # noqa: PLC0415
        )
        from ..models.bria_fibo_lite_generate_output_structured_prompt import (
            BriaFiboLiteGenerateOutputStructuredPrompt,  # noqa: PLC0415
        )
        from ..models.image_v3c472c import ImageV3C472C  # noqa: PLC0415

        d = dict(src_dict)
        image = ImageV3C472C.from_dict(d.pop("image"))

        structured_prompt = BriaFiboLiteGenerateOutputStructuredPrompt.from_dict(
            d.pop("structured_prompt")
        )

        _images = d.pop("images", UNSET)
        images: list[BriaFiboLiteGenerateOutputImagesItem] | Unset = UNSET
        if _images is not UNSET:
            images = []
            for images_item_data in _images:
                images_item = BriaFiboLiteGenerateOutputImagesItem.from_dict(images_item_data)

                images.append(images_item)

        bria_fibo_lite_generate_output = cls(
            image=image,
            structured_prompt=structured_prompt,
            images=images,
        )

        bria_fibo_lite_generate_output.additional_properties = d
        return bria_fibo_lite_generate_output

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

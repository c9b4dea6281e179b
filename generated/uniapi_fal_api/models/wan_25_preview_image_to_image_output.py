from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_v5f105f import ImageV5F105F


T = TypeVar("T", bound="Wan25PreviewImageToImageOutput")


@_attrs_define
class Wan25PreviewImageToImageOutput:
    """Output of `fal-ai/wan-25-preview/image-to-image` (image-to-image)."""

    images: list[ImageV5F105F]
    """List of ImageV5F105F."""
    seeds: list[float]
    """List of number."""
    actual_prompt: str | Unset = UNSET
    """String."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        images = []
        for images_item_data in self.images:
            images_item = images_item_data.to_dict()
            images.append(images_item)

        seeds = self.seeds

        actual_prompt = self.actual_prompt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "images": images,
                "seeds": seeds,
            }
        )
        if actual_prompt is not UNSET:
            field_dict["actual_prompt"] = actual_prompt

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_v5f105f import ImageV5F105F  # noqa: PLC0415

        d = dict(src_dict)
        images = []
        _images = d.pop("images")
        for images_item_data in _images:
            images_item = ImageV5F105F.from_dict(images_item_data)

            images.append(images_item)

        seeds = cast(list[float], d.pop("seeds"))

        actual_prompt = d.pop("actual_prompt", UNSET)

        wan_25_preview_image_to_image_output = cls(
            images=images,
            seeds=seeds,
            actual_prompt=actual_prompt,
        )

        wan_25_preview_image_to_image_output.additional_properties = d
        return wan_25_preview_image_to_image_output

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

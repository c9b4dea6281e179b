from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.image_v5f105f import ImageV5F105F


T = TypeVar("T", bound="FastSdxlInpaintingOutput")


@_attrs_define
class FastSdxlInpaintingOutput:
    """Output of `fal-ai/fast-sdxl/inpainting` (unknown)."""

    has_nsfw_concepts: list[bool]
    """List of boolean."""
    images: list[ImageV5F105F]
    """List of ImageV5F105F."""
    prompt: str
    """String."""
    seed: float
    """Number."""
    timings: Any
    """Any value."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        has_nsfw_concepts = self.has_nsfw_concepts

        images = []
        for images_item_data in self.images:
            images_item = images_item_data.to_dict()
            images.append(images_item)

        prompt = self.prompt

        seed = self.seed

        timings = self.timings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "has_nsfw_concepts": has_nsfw_concepts,
                "images": images,
                "prompt": prompt,
                "seed": seed,
                "timings": timings,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_v5f105f import ImageV5F105F  # noqa: PLC0415

        d = dict(src_dict)
        has_nsfw_concepts = cast(list[bool], d.pop("has_nsfw_concepts"))

        images = []
        _images = d.pop("images")
        for images_item_data in _images:
            images_item = ImageV5F105F.from_dict(images_item_data)

            images.append(images_item)

        prompt = d.pop("prompt")

        seed = d.pop("seed")

        timings = d.pop("timings")

        fast_sdxl_inpainting_output = cls(
            has_nsfw_concepts=has_nsfw_concepts,
            images=images,
            prompt=prompt,
            seed=seed,
            timings=timings,
        )

        fast_sdxl_inpainting_output.additional_properties = d
        return fast_sdxl_inpainting_output

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

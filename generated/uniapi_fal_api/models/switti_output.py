from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.image_vd157ef import ImageVD157EF
    from ..models.switti_output_timings import SwittiOutputTimings


T = TypeVar("T", bound="SwittiOutput")


@_attrs_define
class SwittiOutput:
    """Output of `fal-ai/switti` (text-to-image). fal no longer lists this endpoint."""

    images: list[ImageVD157EF]
    """Images: list of ImageVD157EF."""
    timings: SwittiOutputTimings
    """Timings: object."""
    seed: int
    """Seed: integer."""
    has_nsfw_concepts: list[bool]
    """Has Nsfw Concepts: list of boolean."""
    prompt: str
    """Prompt: string."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        images = []
        for images_item_data in self.images:
            images_item = images_item_data.to_dict()
            images.append(images_item)

        timings = self.timings.to_dict()

        seed = self.seed

        has_nsfw_concepts = self.has_nsfw_concepts

        prompt = self.prompt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "images": images,
                "timings": timings,
                "seed": seed,
                "has_nsfw_concepts": has_nsfw_concepts,
                "prompt": prompt,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_vd157ef import ImageVD157EF  # noqa: PLC0415
        from ..models.switti_output_timings import SwittiOutputTimings  # noqa: PLC0415

        d = dict(src_dict)
        images = []
        _images = d.pop("images")
        for images_item_data in _images:
            images_item = ImageVD157EF.from_dict(images_item_data)

            images.append(images_item)

        timings = SwittiOutputTimings.from_dict(d.pop("timings"))

        seed = d.pop("seed")

        has_nsfw_concepts = cast(list[bool], d.pop("has_nsfw_concepts"))

        prompt = d.pop("prompt")

        switti_output = cls(
            images=images,
            timings=timings,
            seed=seed,
            has_nsfw_concepts=has_nsfw_concepts,
            prompt=prompt,
        )

        switti_output.additional_properties = d
        return switti_output

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

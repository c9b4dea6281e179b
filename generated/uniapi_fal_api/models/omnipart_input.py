from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .omnipart_output import OmnipartOutput  # noqa: F401


T = TypeVar("T", bound="OmnipartInput")


@_attrs_define
class OmnipartInput(FalInput["OmnipartOutput"], endpoint="fal-ai/omnipart"):
    """Input of `fal-ai/omnipart` (image-to-3d). fal no longer lists this endpoint."""

    input_image_url: str
    """Input Image Url: string."""
    minimum_segment_size: int | Unset = UNSET
    """Minimum Segment Size: integer, 1 to 10,000. Server default: 2000."""
    seed: int | Unset = UNSET
    """Seed: integer. Server default: 765464."""
    guidance_scale: float | Unset = UNSET
    """Guidance Scale: number, 0 to 20. Server default: 7.5."""
    parts: str | Unset = UNSET
    """Parts: string. Server default: ""."""

    def to_dict(self) -> dict[str, Any]:
        input_image_url = self.input_image_url

        minimum_segment_size = self.minimum_segment_size

        seed = self.seed

        guidance_scale = self.guidance_scale

        parts = self.parts

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "input_image_url": input_image_url,
            }
        )
        if minimum_segment_size is not UNSET:
            field_dict["minimum_segment_size"] = minimum_segment_size
        if seed is not UNSET:
            field_dict["seed"] = seed
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if parts is not UNSET:
            field_dict["parts"] = parts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        input_image_url = d.pop("input_image_url")

        minimum_segment_size = d.pop("minimum_segment_size", UNSET)

        seed = d.pop("seed", UNSET)

        guidance_scale = d.pop("guidance_scale", UNSET)

        parts = d.pop("parts", UNSET)

        omnipart_input = cls(
            input_image_url=input_image_url,
            minimum_segment_size=minimum_segment_size,
            seed=seed,
            guidance_scale=guidance_scale,
            parts=parts,
        )

        return omnipart_input

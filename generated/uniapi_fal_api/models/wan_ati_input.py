from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.wan_ati_input_resolution import (
    WanAtiInputResolution,
    check_wan_ati_input_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .wan_ati_output import WanAtiOutput  # noqa: F401


T = TypeVar("T", bound="WanAtiInput")


@_attrs_define
class WanAtiInput(FalInput["WanAtiOutput"], endpoint="fal-ai/wan-ati"):
    """Input of `fal-ai/wan-ati` (image-to-video). fal no longer lists this endpoint."""

    image_url: str
    """Image URL: string."""
    prompt: str
    """Prompt: string."""
    track: list[list[Any]]
    """Track: list of list."""
    num_inference_steps: int | Unset = UNSET
    """Number of Inference Steps: integer, 2 to 40. Server default: 40."""
    guidance_scale: float | Unset = UNSET
    """Guidance Scale (1st Stage): number, 1 to 10. Server default: 5."""
    resolution: WanAtiInputResolution | Unset = UNSET
    """Resolution: one of "480p", "580p", "720p". Server default: "480p"."""
    seed: int | Unset = UNSET
    """Seed: integer."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        prompt = self.prompt

        track = []
        for track_item_data in self.track:
            track_item = track_item_data

            track.append(track_item)

        num_inference_steps = self.num_inference_steps

        guidance_scale = self.guidance_scale

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        seed = self.seed

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
                "prompt": prompt,
                "track": track,
            }
        )
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if seed is not UNSET:
            field_dict["seed"] = seed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        prompt = d.pop("prompt")

        track = []
        _track = d.pop("track")
        for track_item_data in _track:
            track_item = cast(list[Any], track_item_data)

            track.append(track_item)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        guidance_scale = d.pop("guidance_scale", UNSET)

        _resolution = d.pop("resolution", UNSET)
        resolution: WanAtiInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_wan_ati_input_resolution(_resolution)

        seed = d.pop("seed", UNSET)

        wan_ati_input = cls(
            image_url=image_url,
            prompt=prompt,
            track=track,
            num_inference_steps=num_inference_steps,
            guidance_scale=guidance_scale,
            resolution=resolution,
            seed=seed,
        )

        return wan_ati_input

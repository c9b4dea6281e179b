from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.davinci_magihuman_input_resolution import (
    DavinciMagihumanInputResolution,
    check_davinci_magihuman_input_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .davinci_magihuman_output import DavinciMagihumanOutput  # noqa: F401


T = TypeVar("T", bound="DavinciMagihumanInput")


@_attrs_define
class DavinciMagihumanInput(
    FalInput["DavinciMagihumanOutput"], endpoint="fal-ai/davinci-magihuman"
):
    """Input of `fal-ai/davinci-magihuman` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript
    types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    prompt: str
    """String."""
    audio_url: str | Unset = UNSET
    """URL or local file."""
    duration: float | Unset = UNSET
    """Number. Server default: 5."""
    enable_safety_checker: bool | Unset = UNSET
    """Boolean. Server default: true."""
    guidance_scale: float | Unset = UNSET
    """Number. Server default: 5."""
    num_inference_steps: float | Unset = UNSET
    """Number."""
    resolution: DavinciMagihumanInputResolution | Unset = UNSET
    """One of "256p", "540p", "720p", "1080p". Server default: "256p"."""
    seed: float | Unset = UNSET
    """Number."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        prompt = self.prompt

        audio_url = self.audio_url

        duration = self.duration

        enable_safety_checker = self.enable_safety_checker

        guidance_scale = self.guidance_scale

        num_inference_steps = self.num_inference_steps

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        seed = self.seed

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
                "prompt": prompt,
            }
        )
        if audio_url is not UNSET:
            field_dict["audio_url"] = audio_url
        if duration is not UNSET:
            field_dict["duration"] = duration
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
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

        audio_url = d.pop("audio_url", UNSET)

        duration = d.pop("duration", UNSET)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        guidance_scale = d.pop("guidance_scale", UNSET)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        _resolution = d.pop("resolution", UNSET)
        resolution: DavinciMagihumanInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_davinci_magihuman_input_resolution(_resolution)

        seed = d.pop("seed", UNSET)

        davinci_magihuman_input = cls(
            image_url=image_url,
            prompt=prompt,
            audio_url=audio_url,
            duration=duration,
            enable_safety_checker=enable_safety_checker,
            guidance_scale=guidance_scale,
            num_inference_steps=num_inference_steps,
            resolution=resolution,
            seed=seed,
        )

        return davinci_magihuman_input

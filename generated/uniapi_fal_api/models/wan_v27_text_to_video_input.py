from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.wan_v27_text_to_video_input_aspect_ratio import (
    WanV27TextToVideoInputAspectRatio,
    check_wan_v27_text_to_video_input_aspect_ratio,
)
from ..models.wan_v27_text_to_video_input_duration import (
    WanV27TextToVideoInputDuration,
    check_wan_v27_text_to_video_input_duration,
)
from ..models.wan_v27_text_to_video_input_resolution import (
    WanV27TextToVideoInputResolution,
    check_wan_v27_text_to_video_input_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .wan_v27_text_to_video_output import WanV27TextToVideoOutput  # noqa: F401


T = TypeVar("T", bound="WanV27TextToVideoInput")


@_attrs_define
class WanV27TextToVideoInput(
    FalInput["WanV27TextToVideoOutput"], endpoint="fal-ai/wan/v2.7/text-to-video"
):
    """Input of `fal-ai/wan/v2.7/text-to-video` (text-to-video). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    prompt: str
    """String."""
    aspect_ratio: WanV27TextToVideoInputAspectRatio | Unset = UNSET
    """One of "16:9", "9:16", "1:1", "4:3", "3:4". Server default: "16:9"."""
    audio_url: str | Unset = UNSET
    """URL or local file."""
    duration: WanV27TextToVideoInputDuration | Unset = UNSET
    """One of 2, 3, 4, 5, 6, 7, 8, 9, ... (14 values)."""
    enable_prompt_expansion: bool | Unset = UNSET
    """Boolean. Server default: true."""
    enable_safety_checker: bool | Unset = UNSET
    """Boolean. Server default: true."""
    negative_prompt: str | Unset = UNSET
    """String."""
    resolution: WanV27TextToVideoInputResolution | Unset = UNSET
    """One of "720p", "1080p". Server default: "1080p"."""
    seed: float | Unset = UNSET
    """Number."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        audio_url = self.audio_url

        duration: int | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

        enable_prompt_expansion = self.enable_prompt_expansion

        enable_safety_checker = self.enable_safety_checker

        negative_prompt = self.negative_prompt

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        seed = self.seed

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if audio_url is not UNSET:
            field_dict["audio_url"] = audio_url
        if duration is not UNSET:
            field_dict["duration"] = duration
        if enable_prompt_expansion is not UNSET:
            field_dict["enable_prompt_expansion"] = enable_prompt_expansion
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if seed is not UNSET:
            field_dict["seed"] = seed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: WanV27TextToVideoInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_wan_v27_text_to_video_input_aspect_ratio(_aspect_ratio)

        audio_url = d.pop("audio_url", UNSET)

        _duration = d.pop("duration", UNSET)
        duration: WanV27TextToVideoInputDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_wan_v27_text_to_video_input_duration(_duration)

        enable_prompt_expansion = d.pop("enable_prompt_expansion", UNSET)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        negative_prompt = d.pop("negative_prompt", UNSET)

        _resolution = d.pop("resolution", UNSET)
        resolution: WanV27TextToVideoInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_wan_v27_text_to_video_input_resolution(_resolution)

        seed = d.pop("seed", UNSET)

        wan_v27_text_to_video_input = cls(
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            audio_url=audio_url,
            duration=duration,
            enable_prompt_expansion=enable_prompt_expansion,
            enable_safety_checker=enable_safety_checker,
            negative_prompt=negative_prompt,
            resolution=resolution,
            seed=seed,
        )

        return wan_v27_text_to_video_input

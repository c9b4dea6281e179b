from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.wan_v26_text_to_video_input_aspect_ratio import (
    WanV26TextToVideoInputAspectRatio,
    check_wan_v26_text_to_video_input_aspect_ratio,
)
from ..models.wan_v26_text_to_video_input_duration import (
    WanV26TextToVideoInputDuration,
    check_wan_v26_text_to_video_input_duration,
)
from ..models.wan_v26_text_to_video_input_resolution import (
    WanV26TextToVideoInputResolution,
    check_wan_v26_text_to_video_input_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .wan_v26_text_to_video_output import WanV26TextToVideoOutput  # noqa: F401


T = TypeVar("T", bound="WanV26TextToVideoInput")


@_attrs_define
class WanV26TextToVideoInput(
    FalInput["WanV26TextToVideoOutput"], endpoint="wan/v2.6/text-to-video"
):
    """Input of `wan/v2.6/text-to-video` (text-to-video). fal no longer lists this endpoint."""

    prompt: str
    """Prompt: string, at least 1 character."""
    audio_url: str | Unset = UNSET
    """Audio Url: string."""
    aspect_ratio: WanV26TextToVideoInputAspectRatio | Unset = UNSET
    """Aspect Ratio: one of "16:9", "9:16", "1:1", "4:3", "3:4". Server default: "16:9"."""
    resolution: WanV26TextToVideoInputResolution | Unset = UNSET
    """Resolution: one of "720p", "1080p". Server default: "1080p"."""
    duration: WanV26TextToVideoInputDuration | Unset = UNSET
    """Duration: one of "5", "10", "15". Server default: "5"."""
    negative_prompt: str | Unset = UNSET
    """Negative Prompt: string. Server default: ""."""
    enable_prompt_expansion: bool | Unset = UNSET
    """Enable Prompt Expansion: boolean. Server default: true."""
    multi_shots: bool | Unset = UNSET
    """Multi Shots: boolean. Server default: true."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    enable_safety_checker: bool | Unset = UNSET
    """Enable Safety Checker: boolean. Server default: true."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        audio_url = self.audio_url

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        duration: str | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

        negative_prompt = self.negative_prompt

        enable_prompt_expansion = self.enable_prompt_expansion

        multi_shots = self.multi_shots

        seed = self.seed

        enable_safety_checker = self.enable_safety_checker

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if audio_url is not UNSET:
            field_dict["audio_url"] = audio_url
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if duration is not UNSET:
            field_dict["duration"] = duration
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if enable_prompt_expansion is not UNSET:
            field_dict["enable_prompt_expansion"] = enable_prompt_expansion
        if multi_shots is not UNSET:
            field_dict["multi_shots"] = multi_shots
        if seed is not UNSET:
            field_dict["seed"] = seed
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        audio_url = d.pop("audio_url", UNSET)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: WanV26TextToVideoInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_wan_v26_text_to_video_input_aspect_ratio(_aspect_ratio)

        _resolution = d.pop("resolution", UNSET)
        resolution: WanV26TextToVideoInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_wan_v26_text_to_video_input_resolution(_resolution)

        _duration = d.pop("duration", UNSET)
        duration: WanV26TextToVideoInputDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_wan_v26_text_to_video_input_duration(_duration)

        negative_prompt = d.pop("negative_prompt", UNSET)

        enable_prompt_expansion = d.pop("enable_prompt_expansion", UNSET)

        multi_shots = d.pop("multi_shots", UNSET)

        seed = d.pop("seed", UNSET)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        wan_v26_text_to_video_input = cls(
            prompt=prompt,
            audio_url=audio_url,
            aspect_ratio=aspect_ratio,
            resolution=resolution,
            duration=duration,
            negative_prompt=negative_prompt,
            enable_prompt_expansion=enable_prompt_expansion,
            multi_shots=multi_shots,
            seed=seed,
            enable_safety_checker=enable_safety_checker,
        )

        return wan_v26_text_to_video_input

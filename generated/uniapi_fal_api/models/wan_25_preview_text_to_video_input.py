from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.wan_25_preview_text_to_video_input_aspect_ratio import (
    Wan25PreviewTextToVideoInputAspectRatio,
    check_wan_25_preview_text_to_video_input_aspect_ratio,
)
from ..models.wan_25_preview_text_to_video_input_duration import (
    Wan25PreviewTextToVideoInputDuration,
    check_wan_25_preview_text_to_video_input_duration,
)
from ..models.wan_25_preview_text_to_video_input_resolution import (
    Wan25PreviewTextToVideoInputResolution,
    check_wan_25_preview_text_to_video_input_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .wan_25_preview_text_to_video_output import Wan25PreviewTextToVideoOutput  # noqa: F401


T = TypeVar("T", bound="Wan25PreviewTextToVideoInput")


@_attrs_define
class Wan25PreviewTextToVideoInput(
    FalInput["Wan25PreviewTextToVideoOutput"], endpoint="fal-ai/wan-25-preview/text-to-video"
):
    """Input of `fal-ai/wan-25-preview/text-to-video` (text-to-video)."""

    prompt: str
    """Prompt: string, at least 1 character."""
    audio_url: str | Unset = UNSET
    """Audio Url: string."""
    aspect_ratio: Wan25PreviewTextToVideoInputAspectRatio | Unset = UNSET
    """Aspect Ratio: one of "16:9", "9:16", "1:1". Server default: "16:9"."""
    resolution: Wan25PreviewTextToVideoInputResolution | Unset = UNSET
    """Resolution: one of "480p", "720p", "1080p". Server default: "1080p"."""
    duration: Wan25PreviewTextToVideoInputDuration | Unset = UNSET
    """Duration: one of "5", "10". Server default: "5"."""
    negative_prompt: str | Unset = UNSET
    """Negative Prompt: string."""
    enable_prompt_expansion: bool | Unset = UNSET
    """Enable Prompt Expansion: boolean. Server default: true."""
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
        aspect_ratio: Wan25PreviewTextToVideoInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_wan_25_preview_text_to_video_input_aspect_ratio(_aspect_ratio)

        _resolution = d.pop("resolution", UNSET)
        resolution: Wan25PreviewTextToVideoInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_wan_25_preview_text_to_video_input_resolution(_resolution)

        _duration = d.pop("duration", UNSET)
        duration: Wan25PreviewTextToVideoInputDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_wan_25_preview_text_to_video_input_duration(_duration)

        negative_prompt = d.pop("negative_prompt", UNSET)

        enable_prompt_expansion = d.pop("enable_prompt_expansion", UNSET)

        seed = d.pop("seed", UNSET)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        wan_25_preview_text_to_video_input = cls(
            prompt=prompt,
            audio_url=audio_url,
            aspect_ratio=aspect_ratio,
            resolution=resolution,
            duration=duration,
            negative_prompt=negative_prompt,
            enable_prompt_expansion=enable_prompt_expansion,
            seed=seed,
            enable_safety_checker=enable_safety_checker,
        )

        return wan_25_preview_text_to_video_input

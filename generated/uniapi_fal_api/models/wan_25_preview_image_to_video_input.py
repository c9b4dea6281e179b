from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.wan_25_preview_image_to_video_input_duration import (
    Wan25PreviewImageToVideoInputDuration,
    check_wan_25_preview_image_to_video_input_duration,
)
from ..models.wan_25_preview_image_to_video_input_resolution import (
    Wan25PreviewImageToVideoInputResolution,
    check_wan_25_preview_image_to_video_input_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .wan_25_preview_image_to_video_output import Wan25PreviewImageToVideoOutput  # noqa: F401


T = TypeVar("T", bound="Wan25PreviewImageToVideoInput")


@_attrs_define
class Wan25PreviewImageToVideoInput(
    FalInput["Wan25PreviewImageToVideoOutput"], endpoint="fal-ai/wan-25-preview/image-to-video"
):
    """Input of `fal-ai/wan-25-preview/image-to-video` (image-to-video)."""

    prompt: str
    """Prompt: string, at least 1 character."""
    image_url: str
    """Image URL: string."""
    audio_url: str | Unset = UNSET
    """Audio Url: string."""
    resolution: Wan25PreviewImageToVideoInputResolution | Unset = UNSET
    """Resolution: one of "480p", "720p", "1080p". Server default: "1080p"."""
    duration: Wan25PreviewImageToVideoInputDuration | Unset = UNSET
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

        image_url = self.image_url

        audio_url = self.audio_url

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
                "image_url": image_url,
            }
        )
        if audio_url is not UNSET:
            field_dict["audio_url"] = audio_url
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

        image_url = d.pop("image_url")

        audio_url = d.pop("audio_url", UNSET)

        _resolution = d.pop("resolution", UNSET)
        resolution: Wan25PreviewImageToVideoInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_wan_25_preview_image_to_video_input_resolution(_resolution)

        _duration = d.pop("duration", UNSET)
        duration: Wan25PreviewImageToVideoInputDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_wan_25_preview_image_to_video_input_duration(_duration)

        negative_prompt = d.pop("negative_prompt", UNSET)

        enable_prompt_expansion = d.pop("enable_prompt_expansion", UNSET)

        seed = d.pop("seed", UNSET)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        wan_25_preview_image_to_video_input = cls(
            prompt=prompt,
            image_url=image_url,
            audio_url=audio_url,
            resolution=resolution,
            duration=duration,
            negative_prompt=negative_prompt,
            enable_prompt_expansion=enable_prompt_expansion,
            seed=seed,
            enable_safety_checker=enable_safety_checker,
        )

        return wan_25_preview_image_to_video_input

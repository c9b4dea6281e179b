from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.veo_31_extend_video_input_aspect_ratio import (
    Veo31ExtendVideoInputAspectRatio,
    check_veo_31_extend_video_input_aspect_ratio,
)
from ..models.veo_31_extend_video_input_duration import (
    Veo31ExtendVideoInputDuration,
    check_veo_31_extend_video_input_duration,
)
from ..models.veo_31_extend_video_input_resolution import (
    Veo31ExtendVideoInputResolution,
    check_veo_31_extend_video_input_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .veo_31_extend_video_output import Veo31ExtendVideoOutput  # noqa: F401


T = TypeVar("T", bound="Veo31ExtendVideoInput")


@_attrs_define
class Veo31ExtendVideoInput(
    FalInput["Veo31ExtendVideoOutput"], endpoint="fal-ai/veo3.1/extend-video"
):
    """Input of `fal-ai/veo3.1/extend-video` (video-to-video)."""

    prompt: str
    """Prompt: string, at most 20,000 characters."""
    video_url: str
    """Video URL: string."""
    aspect_ratio: Veo31ExtendVideoInputAspectRatio | Unset = UNSET
    """Aspect Ratio: one of "auto", "16:9", "9:16". Server default: "auto"."""
    duration: Veo31ExtendVideoInputDuration | Unset = UNSET
    """Duration: one of "7s". Server default: "7s"."""
    negative_prompt: str | Unset = UNSET
    """Negative Prompt: string."""
    resolution: Veo31ExtendVideoInputResolution | Unset = UNSET
    """Resolution: one of "720p". Server default: "720p"."""
    generate_audio: bool | Unset = UNSET
    """Generate Audio: boolean. Server default: true."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    auto_fix: bool | Unset = UNSET
    """Auto Fix: boolean. Server default: false."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        video_url = self.video_url

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        duration: str | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

        negative_prompt = self.negative_prompt

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        generate_audio = self.generate_audio

        seed = self.seed

        auto_fix = self.auto_fix

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
                "video_url": video_url,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if duration is not UNSET:
            field_dict["duration"] = duration
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if generate_audio is not UNSET:
            field_dict["generate_audio"] = generate_audio
        if seed is not UNSET:
            field_dict["seed"] = seed
        if auto_fix is not UNSET:
            field_dict["auto_fix"] = auto_fix

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        video_url = d.pop("video_url")

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: Veo31ExtendVideoInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_veo_31_extend_video_input_aspect_ratio(_aspect_ratio)

        _duration = d.pop("duration", UNSET)
        duration: Veo31ExtendVideoInputDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_veo_31_extend_video_input_duration(_duration)

        negative_prompt = d.pop("negative_prompt", UNSET)

        _resolution = d.pop("resolution", UNSET)
        resolution: Veo31ExtendVideoInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_veo_31_extend_video_input_resolution(_resolution)

        generate_audio = d.pop("generate_audio", UNSET)

        seed = d.pop("seed", UNSET)

        auto_fix = d.pop("auto_fix", UNSET)

        veo_31_extend_video_input = cls(
            prompt=prompt,
            video_url=video_url,
            aspect_ratio=aspect_ratio,
            duration=duration,
            negative_prompt=negative_prompt,
            resolution=resolution,
            generate_audio=generate_audio,
            seed=seed,
            auto_fix=auto_fix,
        )

        return veo_31_extend_video_input

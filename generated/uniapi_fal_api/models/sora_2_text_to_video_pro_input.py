from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.sora_2_text_to_video_pro_input_aspect_ratio import (
    Sora2TextToVideoProInputAspectRatio,
    check_sora_2_text_to_video_pro_input_aspect_ratio,
)
from ..models.sora_2_text_to_video_pro_input_duration import (
    Sora2TextToVideoProInputDuration,
    check_sora_2_text_to_video_pro_input_duration,
)
from ..models.sora_2_text_to_video_pro_input_resolution import (
    Sora2TextToVideoProInputResolution,
    check_sora_2_text_to_video_pro_input_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .sora_2_text_to_video_pro_output import Sora2TextToVideoProOutput  # noqa: F401


T = TypeVar("T", bound="Sora2TextToVideoProInput")


@_attrs_define
class Sora2TextToVideoProInput(
    FalInput["Sora2TextToVideoProOutput"], endpoint="fal-ai/sora-2/text-to-video/pro"
):
    """Input of `fal-ai/sora-2/text-to-video/pro` (text-to-video). fal no longer lists this endpoint."""

    prompt: str
    """Prompt: string, 1 to 5,000 characters."""
    resolution: Sora2TextToVideoProInputResolution | Unset = UNSET
    """Resolution: one of "720p", "1080p". Server default: "1080p"."""
    aspect_ratio: Sora2TextToVideoProInputAspectRatio | Unset = UNSET
    """Aspect Ratio: one of "9:16", "16:9". Server default: "16:9"."""
    duration: Sora2TextToVideoProInputDuration | Unset = UNSET
    """Duration: one of 4, 8, 12. Server default: 4."""
    delete_video: bool | Unset = UNSET
    """Delete Video: boolean. Server default: true."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        duration: int | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

        delete_video = self.delete_video

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if duration is not UNSET:
            field_dict["duration"] = duration
        if delete_video is not UNSET:
            field_dict["delete_video"] = delete_video

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        _resolution = d.pop("resolution", UNSET)
        resolution: Sora2TextToVideoProInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_sora_2_text_to_video_pro_input_resolution(_resolution)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: Sora2TextToVideoProInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_sora_2_text_to_video_pro_input_aspect_ratio(_aspect_ratio)

        _duration = d.pop("duration", UNSET)
        duration: Sora2TextToVideoProInputDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_sora_2_text_to_video_pro_input_duration(_duration)

        delete_video = d.pop("delete_video", UNSET)

        sora_2_text_to_video_pro_input = cls(
            prompt=prompt,
            resolution=resolution,
            aspect_ratio=aspect_ratio,
            duration=duration,
            delete_video=delete_video,
        )

        return sora_2_text_to_video_pro_input

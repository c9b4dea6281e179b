from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.vidu_q2_video_extension_pro_input_duration import (
    ViduQ2VideoExtensionProInputDuration,
    check_vidu_q2_video_extension_pro_input_duration,
)
from ..models.vidu_q2_video_extension_pro_input_resolution import (
    ViduQ2VideoExtensionProInputResolution,
    check_vidu_q2_video_extension_pro_input_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .vidu_q2_video_extension_pro_output import ViduQ2VideoExtensionProOutput  # noqa: F401


T = TypeVar("T", bound="ViduQ2VideoExtensionProInput")


@_attrs_define
class ViduQ2VideoExtensionProInput(
    FalInput["ViduQ2VideoExtensionProOutput"], endpoint="fal-ai/vidu/q2/video-extension/pro"
):
    """Input of `fal-ai/vidu/q2/video-extension/pro` (video-to-video)."""

    video_url: str
    """Video Url: string."""
    prompt: str | Unset = UNSET
    """Prompt: string, at most 3,000 characters."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    duration: ViduQ2VideoExtensionProInputDuration | Unset = UNSET
    """Duration: one of 2, 3, 4, 5, 6, 7. Server default: 4."""
    resolution: ViduQ2VideoExtensionProInputResolution | Unset = UNSET
    """Resolution: one of "720p", "1080p". Server default: "720p"."""

    def to_dict(self) -> dict[str, Any]:
        video_url = self.video_url

        prompt = self.prompt

        seed = self.seed

        duration: int | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "video_url": video_url,
            }
        )
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if seed is not UNSET:
            field_dict["seed"] = seed
        if duration is not UNSET:
            field_dict["duration"] = duration
        if resolution is not UNSET:
            field_dict["resolution"] = resolution

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        video_url = d.pop("video_url")

        prompt = d.pop("prompt", UNSET)

        seed = d.pop("seed", UNSET)

        _duration = d.pop("duration", UNSET)
        duration: ViduQ2VideoExtensionProInputDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_vidu_q2_video_extension_pro_input_duration(_duration)

        _resolution = d.pop("resolution", UNSET)
        resolution: ViduQ2VideoExtensionProInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_vidu_q2_video_extension_pro_input_resolution(_resolution)

        vidu_q2_video_extension_pro_input = cls(
            video_url=video_url,
            prompt=prompt,
            seed=seed,
            duration=duration,
            resolution=resolution,
        )

        return vidu_q2_video_extension_pro_input

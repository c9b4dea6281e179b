from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.ltx_23_text_to_video_fast_input_aspect_ratio import (
    Ltx23TextToVideoFastInputAspectRatio,
    check_ltx_23_text_to_video_fast_input_aspect_ratio,
)
from ..models.ltx_23_text_to_video_fast_input_duration import (
    Ltx23TextToVideoFastInputDuration,
    check_ltx_23_text_to_video_fast_input_duration,
)
from ..models.ltx_23_text_to_video_fast_input_fps import (
    Ltx23TextToVideoFastInputFps,
    check_ltx_23_text_to_video_fast_input_fps,
)
from ..models.ltx_23_text_to_video_fast_input_resolution import (
    Ltx23TextToVideoFastInputResolution,
    check_ltx_23_text_to_video_fast_input_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .ltx_23_text_to_video_fast_output import Ltx23TextToVideoFastOutput  # noqa: F401


T = TypeVar("T", bound="Ltx23TextToVideoFastInput")


@_attrs_define
class Ltx23TextToVideoFastInput(
    FalInput["Ltx23TextToVideoFastOutput"], endpoint="fal-ai/ltx-2.3/text-to-video/fast"
):
    """Input of `fal-ai/ltx-2.3/text-to-video/fast` (text-to-video). fal publishes no constraints for it (it comes from
    fal's TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    prompt: str
    """String."""
    aspect_ratio: Ltx23TextToVideoFastInputAspectRatio | Unset = UNSET
    """One of "16:9", "9:16". Server default: "16:9"."""
    duration: Ltx23TextToVideoFastInputDuration | Unset = UNSET
    """One of 6, 8, 10, 12, 14, 16, 18, 20."""
    fps: Ltx23TextToVideoFastInputFps | Unset = UNSET
    """One of 24, 25, 48, 50."""
    generate_audio: bool | Unset = UNSET
    """Boolean. Server default: true."""
    resolution: Ltx23TextToVideoFastInputResolution | Unset = UNSET
    """One of "1080p", "1440p", "2160p". Server default: "1080p"."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        duration: int | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

        fps: int | Unset = UNSET
        if not isinstance(self.fps, Unset):
            fps = self.fps

        generate_audio = self.generate_audio

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if duration is not UNSET:
            field_dict["duration"] = duration
        if fps is not UNSET:
            field_dict["fps"] = fps
        if generate_audio is not UNSET:
            field_dict["generate_audio"] = generate_audio
        if resolution is not UNSET:
            field_dict["resolution"] = resolution

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: Ltx23TextToVideoFastInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_ltx_23_text_to_video_fast_input_aspect_ratio(_aspect_ratio)

        _duration = d.pop("duration", UNSET)
        duration: Ltx23TextToVideoFastInputDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_ltx_23_text_to_video_fast_input_duration(_duration)

        _fps = d.pop("fps", UNSET)
        fps: Ltx23TextToVideoFastInputFps | Unset
        if isinstance(_fps, Unset):
            fps = UNSET
        else:
            fps = check_ltx_23_text_to_video_fast_input_fps(_fps)

        generate_audio = d.pop("generate_audio", UNSET)

        _resolution = d.pop("resolution", UNSET)
        resolution: Ltx23TextToVideoFastInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_ltx_23_text_to_video_fast_input_resolution(_resolution)

        ltx_23_text_to_video_fast_input = cls(
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            duration=duration,
            fps=fps,
            generate_audio=generate_audio,
            resolution=resolution,
        )

        return ltx_23_text_to_video_fast_input

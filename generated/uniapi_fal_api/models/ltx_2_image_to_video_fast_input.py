from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.ltx_2_image_to_video_fast_input_aspect_ratio import (
    Ltx2ImageToVideoFastInputAspectRatio,
    check_ltx_2_image_to_video_fast_input_aspect_ratio,
)
from ..models.ltx_2_image_to_video_fast_input_duration import (
    Ltx2ImageToVideoFastInputDuration,
    check_ltx_2_image_to_video_fast_input_duration,
)
from ..models.ltx_2_image_to_video_fast_input_fps import (
    Ltx2ImageToVideoFastInputFps,
    check_ltx_2_image_to_video_fast_input_fps,
)
from ..models.ltx_2_image_to_video_fast_input_resolution import (
    Ltx2ImageToVideoFastInputResolution,
    check_ltx_2_image_to_video_fast_input_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .ltx_2_image_to_video_fast_output import Ltx2ImageToVideoFastOutput  # noqa: F401


T = TypeVar("T", bound="Ltx2ImageToVideoFastInput")


@_attrs_define
class Ltx2ImageToVideoFastInput(
    FalInput["Ltx2ImageToVideoFastOutput"], endpoint="fal-ai/ltx-2/image-to-video/fast"
):
    """Input of `fal-ai/ltx-2/image-to-video/fast` (image-to-video). fal no longer lists this endpoint."""

    image_url: str
    """Image URL: string."""
    prompt: str
    """Prompt: string, 1 to 5,000 characters."""
    duration: Ltx2ImageToVideoFastInputDuration | Unset = UNSET
    """Duration: one of 6, 8, 10, 12, 14, 16, 18, 20. Server default: 6."""
    resolution: Ltx2ImageToVideoFastInputResolution | Unset = UNSET
    """Resolution: one of "1080p", "1440p", "2160p". Server default: "1080p"."""
    aspect_ratio: Ltx2ImageToVideoFastInputAspectRatio | Unset = UNSET
    """Aspect Ratio: one of "16:9". Server default: "16:9"."""
    fps: Ltx2ImageToVideoFastInputFps | Unset = UNSET
    """Frames per Second: one of 25, 50. Server default: 25."""
    generate_audio: bool | Unset = UNSET
    """Generate Audio: boolean. Server default: true."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        prompt = self.prompt

        duration: int | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        fps: int | Unset = UNSET
        if not isinstance(self.fps, Unset):
            fps = self.fps

        generate_audio = self.generate_audio

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
                "prompt": prompt,
            }
        )
        if duration is not UNSET:
            field_dict["duration"] = duration
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if fps is not UNSET:
            field_dict["fps"] = fps
        if generate_audio is not UNSET:
            field_dict["generate_audio"] = generate_audio

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        prompt = d.pop("prompt")

        _duration = d.pop("duration", UNSET)
        duration: Ltx2ImageToVideoFastInputDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_ltx_2_image_to_video_fast_input_duration(_duration)

        _resolution = d.pop("resolution", UNSET)
        resolution: Ltx2ImageToVideoFastInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_ltx_2_image_to_video_fast_input_resolution(_resolution)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: Ltx2ImageToVideoFastInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_ltx_2_image_to_video_fast_input_aspect_ratio(_aspect_ratio)

        _fps = d.pop("fps", UNSET)
        fps: Ltx2ImageToVideoFastInputFps | Unset
        if isinstance(_fps, Unset):
            fps = UNSET
        else:
            fps = check_ltx_2_image_to_video_fast_input_fps(_fps)

        generate_audio = d.pop("generate_audio", UNSET)

        ltx_2_image_to_video_fast_input = cls(
            image_url=image_url,
            prompt=prompt,
            duration=duration,
            resolution=resolution,
            aspect_ratio=aspect_ratio,
            fps=fps,
            generate_audio=generate_audio,
        )

        return ltx_2_image_to_video_fast_input

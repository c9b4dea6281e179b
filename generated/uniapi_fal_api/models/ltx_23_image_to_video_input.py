from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.ltx_23_image_to_video_input_aspect_ratio import (
    Ltx23ImageToVideoInputAspectRatio,
    check_ltx_23_image_to_video_input_aspect_ratio,
)
from ..models.ltx_23_image_to_video_input_duration import (
    Ltx23ImageToVideoInputDuration,
    check_ltx_23_image_to_video_input_duration,
)
from ..models.ltx_23_image_to_video_input_fps import (
    Ltx23ImageToVideoInputFps,
    check_ltx_23_image_to_video_input_fps,
)
from ..models.ltx_23_image_to_video_input_resolution import (
    Ltx23ImageToVideoInputResolution,
    check_ltx_23_image_to_video_input_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .ltx_23_image_to_video_output import Ltx23ImageToVideoOutput  # noqa: F401


T = TypeVar("T", bound="Ltx23ImageToVideoInput")


@_attrs_define
class Ltx23ImageToVideoInput(
    FalInput["Ltx23ImageToVideoOutput"], endpoint="fal-ai/ltx-2.3/image-to-video"
):
    """Input of `fal-ai/ltx-2.3/image-to-video` (image-to-video). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    prompt: str
    """String."""
    aspect_ratio: Ltx23ImageToVideoInputAspectRatio | Unset = UNSET
    """One of "auto", "16:9", "9:16". Server default: "auto"."""
    duration: Ltx23ImageToVideoInputDuration | Unset = UNSET
    """One of 6, 8, 10."""
    end_image_url: str | Unset = UNSET
    """URL or local file."""
    fps: Ltx23ImageToVideoInputFps | Unset = UNSET
    """One of 24, 25, 48, 50."""
    generate_audio: bool | Unset = UNSET
    """Boolean. Server default: true."""
    resolution: Ltx23ImageToVideoInputResolution | Unset = UNSET
    """One of "1080p", "1440p", "2160p". Server default: "1080p"."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        prompt = self.prompt

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        duration: int | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

        end_image_url = self.end_image_url

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
                "image_url": image_url,
                "prompt": prompt,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if duration is not UNSET:
            field_dict["duration"] = duration
        if end_image_url is not UNSET:
            field_dict["end_image_url"] = end_image_url
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
        image_url = d.pop("image_url")

        prompt = d.pop("prompt")

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: Ltx23ImageToVideoInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_ltx_23_image_to_video_input_aspect_ratio(_aspect_ratio)

        _duration = d.pop("duration", UNSET)
        duration: Ltx23ImageToVideoInputDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_ltx_23_image_to_video_input_duration(_duration)

        end_image_url = d.pop("end_image_url", UNSET)

        _fps = d.pop("fps", UNSET)
        fps: Ltx23ImageToVideoInputFps | Unset
        if isinstance(_fps, Unset):
            fps = UNSET
        else:
            fps = check_ltx_23_image_to_video_input_fps(_fps)

        generate_audio = d.pop("generate_audio", UNSET)

        _resolution = d.pop("resolution", UNSET)
        resolution: Ltx23ImageToVideoInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_ltx_23_image_to_video_input_resolution(_resolution)

        ltx_23_image_to_video_input = cls(
            image_url=image_url,
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            duration=duration,
            end_image_url=end_image_url,
            fps=fps,
            generate_audio=generate_audio,
            resolution=resolution,
        )

        return ltx_23_image_to_video_input

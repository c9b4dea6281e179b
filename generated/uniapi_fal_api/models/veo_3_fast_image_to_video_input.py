from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.veo_3_fast_image_to_video_input_aspect_ratio import (
    Veo3FastImageToVideoInputAspectRatio,
    check_veo_3_fast_image_to_video_input_aspect_ratio,
)
from ..models.veo_3_fast_image_to_video_input_duration import (
    Veo3FastImageToVideoInputDuration,
    check_veo_3_fast_image_to_video_input_duration,
)
from ..models.veo_3_fast_image_to_video_input_resolution import (
    Veo3FastImageToVideoInputResolution,
    check_veo_3_fast_image_to_video_input_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .veo_3_fast_image_to_video_output import Veo3FastImageToVideoOutput  # noqa: F401


T = TypeVar("T", bound="Veo3FastImageToVideoInput")


@_attrs_define
class Veo3FastImageToVideoInput(
    FalInput["Veo3FastImageToVideoOutput"], endpoint="fal-ai/veo3/fast/image-to-video"
):
    """Input of `fal-ai/veo3/fast/image-to-video` (image-to-video). fal no longer lists this endpoint."""

    prompt: str
    """Prompt: string, at most 20,000 characters."""
    image_url: str
    """Image URL: string."""
    aspect_ratio: Veo3FastImageToVideoInputAspectRatio | Unset = UNSET
    """Aspect Ratio: one of "auto", "16:9", "9:16". Server default: "auto"."""
    duration: Veo3FastImageToVideoInputDuration | Unset = UNSET
    """Duration: one of "4s", "6s", "8s". Server default: "8s"."""
    resolution: Veo3FastImageToVideoInputResolution | Unset = UNSET
    """Resolution: one of "720p", "1080p". Server default: "720p"."""
    generate_audio: bool | Unset = UNSET
    """Generate Audio: boolean. Server default: true."""
    auto_fix: bool | Unset = UNSET
    """Auto Fix: boolean. Server default: false."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        image_url = self.image_url

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        duration: str | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        generate_audio = self.generate_audio

        auto_fix = self.auto_fix

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
                "image_url": image_url,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if duration is not UNSET:
            field_dict["duration"] = duration
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if generate_audio is not UNSET:
            field_dict["generate_audio"] = generate_audio
        if auto_fix is not UNSET:
            field_dict["auto_fix"] = auto_fix

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        image_url = d.pop("image_url")

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: Veo3FastImageToVideoInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_veo_3_fast_image_to_video_input_aspect_ratio(_aspect_ratio)

        _duration = d.pop("duration", UNSET)
        duration: Veo3FastImageToVideoInputDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_veo_3_fast_image_to_video_input_duration(_duration)

        _resolution = d.pop("resolution", UNSET)
        resolution: Veo3FastImageToVideoInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_veo_3_fast_image_to_video_input_resolution(_resolution)

        generate_audio = d.pop("generate_audio", UNSET)

        auto_fix = d.pop("auto_fix", UNSET)

        veo_3_fast_image_to_video_input = cls(
            prompt=prompt,
            image_url=image_url,
            aspect_ratio=aspect_ratio,
            duration=duration,
            resolution=resolution,
            generate_audio=generate_audio,
            auto_fix=auto_fix,
        )

        return veo_3_fast_image_to_video_input

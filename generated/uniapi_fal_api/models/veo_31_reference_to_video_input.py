from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.veo_31_reference_to_video_input_aspect_ratio import (
    Veo31ReferenceToVideoInputAspectRatio,
    check_veo_31_reference_to_video_input_aspect_ratio,
)
from ..models.veo_31_reference_to_video_input_duration import (
    Veo31ReferenceToVideoInputDuration,
    check_veo_31_reference_to_video_input_duration,
)
from ..models.veo_31_reference_to_video_input_resolution import (
    Veo31ReferenceToVideoInputResolution,
    check_veo_31_reference_to_video_input_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .veo_31_reference_to_video_output import Veo31ReferenceToVideoOutput  # noqa: F401


T = TypeVar("T", bound="Veo31ReferenceToVideoInput")


@_attrs_define
class Veo31ReferenceToVideoInput(
    FalInput["Veo31ReferenceToVideoOutput"], endpoint="fal-ai/veo3.1/reference-to-video"
):
    """Input of `fal-ai/veo3.1/reference-to-video` (image-to-video)."""

    prompt: str
    """Prompt: string, at most 20,000 characters."""
    image_urls: list[str]
    """Image Urls: list of string."""
    aspect_ratio: Veo31ReferenceToVideoInputAspectRatio | Unset = UNSET
    """Aspect Ratio: one of "16:9", "9:16". Server default: "16:9"."""
    duration: Veo31ReferenceToVideoInputDuration | Unset = UNSET
    """Duration: one of "8s". Server default: "8s"."""
    resolution: Veo31ReferenceToVideoInputResolution | Unset = UNSET
    """Resolution: one of "720p", "1080p", "4k". Server default: "720p"."""
    generate_audio: bool | Unset = UNSET
    """Generate Audio: boolean. Server default: true."""
    auto_fix: bool | Unset = UNSET
    """Auto Fix: boolean. Server default: false."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        image_urls = self.image_urls

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
                "image_urls": image_urls,
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

        image_urls = cast(list[str], d.pop("image_urls"))

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: Veo31ReferenceToVideoInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_veo_31_reference_to_video_input_aspect_ratio(_aspect_ratio)

        _duration = d.pop("duration", UNSET)
        duration: Veo31ReferenceToVideoInputDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_veo_31_reference_to_video_input_duration(_duration)

        _resolution = d.pop("resolution", UNSET)
        resolution: Veo31ReferenceToVideoInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_veo_31_reference_to_video_input_resolution(_resolution)

        generate_audio = d.pop("generate_audio", UNSET)

        auto_fix = d.pop("auto_fix", UNSET)

        veo_31_reference_to_video_input = cls(
            prompt=prompt,
            image_urls=image_urls,
            aspect_ratio=aspect_ratio,
            duration=duration,
            resolution=resolution,
            generate_audio=generate_audio,
            auto_fix=auto_fix,
        )

        return veo_31_reference_to_video_input

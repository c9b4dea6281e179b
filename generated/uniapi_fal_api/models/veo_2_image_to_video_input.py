from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.veo_2_image_to_video_input_aspect_ratio import (
    Veo2ImageToVideoInputAspectRatio,
    check_veo_2_image_to_video_input_aspect_ratio,
)
from ..models.veo_2_image_to_video_input_duration import (
    Veo2ImageToVideoInputDuration,
    check_veo_2_image_to_video_input_duration,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .veo_2_image_to_video_output import Veo2ImageToVideoOutput  # noqa: F401


T = TypeVar("T", bound="Veo2ImageToVideoInput")


@_attrs_define
class Veo2ImageToVideoInput(
    FalInput["Veo2ImageToVideoOutput"], endpoint="fal-ai/veo2/image-to-video"
):
    """Input of `fal-ai/veo2/image-to-video` (image-to-video). fal no longer lists this endpoint."""

    prompt: str
    """Prompt: string."""
    image_url: str
    """Image Url: string."""
    aspect_ratio: Veo2ImageToVideoInputAspectRatio | Unset = UNSET
    """Aspect Ratio: one of "auto", "auto_prefer_portrait", "16:9", "9:16". Server default: "auto"."""
    duration: Veo2ImageToVideoInputDuration | Unset = UNSET
    """Duration: one of "5s", "6s", "7s", "8s". Server default: "5s"."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        image_url = self.image_url

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        duration: str | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        image_url = d.pop("image_url")

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: Veo2ImageToVideoInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_veo_2_image_to_video_input_aspect_ratio(_aspect_ratio)

        _duration = d.pop("duration", UNSET)
        duration: Veo2ImageToVideoInputDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_veo_2_image_to_video_input_duration(_duration)

        veo_2_image_to_video_input = cls(
            prompt=prompt,
            image_url=image_url,
            aspect_ratio=aspect_ratio,
            duration=duration,
        )

        return veo_2_image_to_video_input

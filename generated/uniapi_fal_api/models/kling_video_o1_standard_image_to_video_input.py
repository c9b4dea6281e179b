from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.kling_video_o1_standard_image_to_video_input_duration import (
    KlingVideoO1StandardImageToVideoInputDuration,
    check_kling_video_o1_standard_image_to_video_input_duration,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .kling_video_o1_standard_image_to_video_output import (
        KlingVideoO1StandardImageToVideoOutput,  # noqa: F401
    )


T = TypeVar("T", bound="KlingVideoO1StandardImageToVideoInput")


@_attrs_define
class KlingVideoO1StandardImageToVideoInput(
    FalInput["KlingVideoO1StandardImageToVideoOutput"],
    endpoint="fal-ai/kling-video/o1/standard/image-to-video",
):
    """Input of `fal-ai/kling-video/o1/standard/image-to-video` (image-to-video)."""

    prompt: str
    """Prompt: string, at most 2,500 characters."""
    start_image_url: str
    """Start Image Url: string."""
    end_image_url: str | Unset = UNSET
    """End Image Url: string."""
    duration: KlingVideoO1StandardImageToVideoInputDuration | Unset = UNSET
    """Duration: one of "3", "4", "5", "6", "7", "8", "9", "10". Server default: "5"."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        start_image_url = self.start_image_url

        end_image_url = self.end_image_url

        duration: str | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
                "start_image_url": start_image_url,
            }
        )
        if end_image_url is not UNSET:
            field_dict["end_image_url"] = end_image_url
        if duration is not UNSET:
            field_dict["duration"] = duration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        start_image_url = d.pop("start_image_url")

        end_image_url = d.pop("end_image_url", UNSET)

        _duration = d.pop("duration", UNSET)
        duration: KlingVideoO1StandardImageToVideoInputDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_kling_video_o1_standard_image_to_video_input_duration(_duration)

        kling_video_o1_standard_image_to_video_input = cls(
            prompt=prompt,
            start_image_url=start_image_url,
            end_image_url=end_image_url,
            duration=duration,
        )

        return kling_video_o1_standard_image_to_video_input

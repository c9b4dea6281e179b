from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.kling_video_v16_pro_elements_input_aspect_ratio import (
    KlingVideoV16ProElementsInputAspectRatio,
    check_kling_video_v16_pro_elements_input_aspect_ratio,
)
from ..models.kling_video_v16_pro_elements_input_duration import (
    KlingVideoV16ProElementsInputDuration,
    check_kling_video_v16_pro_elements_input_duration,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .kling_video_v16_pro_elements_output import KlingVideoV16ProElementsOutput  # noqa: F401


T = TypeVar("T", bound="KlingVideoV16ProElementsInput")


@_attrs_define
class KlingVideoV16ProElementsInput(
    FalInput["KlingVideoV16ProElementsOutput"], endpoint="fal-ai/kling-video/v1.6/pro/elements"
):
    """Input of `fal-ai/kling-video/v1.6/pro/elements` (image-to-video)."""

    prompt: str
    """Prompt: string, at most 2,500 characters."""
    input_image_urls: list[str]
    """Input Image Urls: list of string."""
    duration: KlingVideoV16ProElementsInputDuration | Unset = UNSET
    """Duration: one of "5", "10". Server default: "5"."""
    aspect_ratio: KlingVideoV16ProElementsInputAspectRatio | Unset = UNSET
    """Aspect Ratio: one of "16:9", "9:16", "1:1". Server default: "16:9"."""
    negative_prompt: str | Unset = UNSET
    """Negative Prompt: string, at most 2,500 characters. Server default: "blur, distort, and low
    quality"."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        input_image_urls = self.input_image_urls

        duration: str | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        negative_prompt = self.negative_prompt

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
                "input_image_urls": input_image_urls,
            }
        )
        if duration is not UNSET:
            field_dict["duration"] = duration
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        input_image_urls = cast(list[str], d.pop("input_image_urls"))

        _duration = d.pop("duration", UNSET)
        duration: KlingVideoV16ProElementsInputDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_kling_video_v16_pro_elements_input_duration(_duration)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: KlingVideoV16ProElementsInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_kling_video_v16_pro_elements_input_aspect_ratio(_aspect_ratio)

        negative_prompt = d.pop("negative_prompt", UNSET)

        kling_video_v16_pro_elements_input = cls(
            prompt=prompt,
            input_image_urls=input_image_urls,
            duration=duration,
            aspect_ratio=aspect_ratio,
            negative_prompt=negative_prompt,
        )

        return kling_video_v16_pro_elements_input

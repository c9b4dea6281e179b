from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.kling_video_v16_standard_text_to_video_input_aspect_ratio import (
    KlingVideoV16StandardTextToVideoInputAspectRatio,
    check_kling_video_v16_standard_text_to_video_input_aspect_ratio,
)
from ..models.kling_video_v16_standard_text_to_video_input_duration import (
    KlingVideoV16StandardTextToVideoInputDuration,
    check_kling_video_v16_standard_text_to_video_input_duration,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .kling_video_v16_standard_text_to_video_output import (
        KlingVideoV16StandardTextToVideoOutput,  # noqa: F401
    )


T = TypeVar("T", bound="KlingVideoV16StandardTextToVideoInput")


@_attrs_define
class KlingVideoV16StandardTextToVideoInput(
    FalInput["KlingVideoV16StandardTextToVideoOutput"],
    endpoint="fal-ai/kling-video/v1.6/standard/text-to-video",
):
    """Input of `fal-ai/kling-video/v1.6/standard/text-to-video` (text-to-video)."""

    prompt: str
    """Prompt: string, at most 2,500 characters."""
    duration: KlingVideoV16StandardTextToVideoInputDuration | Unset = UNSET
    """Duration: one of "5", "10". Server default: "5"."""
    aspect_ratio: KlingVideoV16StandardTextToVideoInputAspectRatio | Unset = UNSET
    """Aspect Ratio: one of "16:9", "9:16", "1:1". Server default: "16:9"."""
    negative_prompt: str | Unset = UNSET
    """Negative Prompt: string, at most 2,500 characters. Server default: "blur, distort, and low
    quality"."""
    cfg_scale: float | Unset = UNSET
    """Cfg Scale: number, 0 to 1. Server default: 0.5."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        duration: str | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        negative_prompt = self.negative_prompt

        cfg_scale = self.cfg_scale

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if duration is not UNSET:
            field_dict["duration"] = duration
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if cfg_scale is not UNSET:
            field_dict["cfg_scale"] = cfg_scale

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        _duration = d.pop("duration", UNSET)
        duration: KlingVideoV16StandardTextToVideoInputDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_kling_video_v16_standard_text_to_video_input_duration(_duration)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: KlingVideoV16StandardTextToVideoInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_kling_video_v16_standard_text_to_video_input_aspect_ratio(
                _aspect_ratio
            )

        negative_prompt = d.pop("negative_prompt", UNSET)

        cfg_scale = d.pop("cfg_scale", UNSET)

        kling_video_v16_standard_text_to_video_input = cls(
            prompt=prompt,
            duration=duration,
            aspect_ratio=aspect_ratio,
            negative_prompt=negative_prompt,
            cfg_scale=cfg_scale,
        )

        return kling_video_v16_standard_text_to_video_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.kling_video_v25_turbo_pro_image_to_video_input_duration import (
    KlingVideoV25TurboProImageToVideoInputDuration,
    check_kling_video_v25_turbo_pro_image_to_video_input_duration,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .kling_video_v25_turbo_pro_image_to_video_output import (
        KlingVideoV25TurboProImageToVideoOutput,  # noqa: F401
    )


T = TypeVar("T", bound="KlingVideoV25TurboProImageToVideoInput")


@_attrs_define
class KlingVideoV25TurboProImageToVideoInput(
    FalInput["KlingVideoV25TurboProImageToVideoOutput"],
    endpoint="fal-ai/kling-video/v2.5-turbo/pro/image-to-video",
):
    """Input of `fal-ai/kling-video/v2.5-turbo/pro/image-to-video` (image-to-video)."""

    prompt: str
    """Prompt: string, at most 2,500 characters."""
    image_url: str
    """Image Url: string."""
    duration: KlingVideoV25TurboProImageToVideoInputDuration | Unset = UNSET
    """Duration: one of "5", "10". Server default: "5"."""
    negative_prompt: str | Unset = UNSET
    """Negative Prompt: string, at most 2,500 characters. Server default: "blur, distort, and low
    quality"."""
    cfg_scale: float | Unset = UNSET
    """Cfg Scale: number, 0 to 1. Server default: 0.5."""
    tail_image_url: str | Unset = UNSET
    """Tail Image Url: string."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        image_url = self.image_url

        duration: str | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

        negative_prompt = self.negative_prompt

        cfg_scale = self.cfg_scale

        tail_image_url = self.tail_image_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
                "image_url": image_url,
            }
        )
        if duration is not UNSET:
            field_dict["duration"] = duration
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if cfg_scale is not UNSET:
            field_dict["cfg_scale"] = cfg_scale
        if tail_image_url is not UNSET:
            field_dict["tail_image_url"] = tail_image_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        image_url = d.pop("image_url")

        _duration = d.pop("duration", UNSET)
        duration: KlingVideoV25TurboProImageToVideoInputDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_kling_video_v25_turbo_pro_image_to_video_input_duration(_duration)

        negative_prompt = d.pop("negative_prompt", UNSET)

        cfg_scale = d.pop("cfg_scale", UNSET)

        tail_image_url = d.pop("tail_image_url", UNSET)

        kling_video_v25_turbo_pro_image_to_video_input = cls(
            prompt=prompt,
            image_url=image_url,
            duration=duration,
            negative_prompt=negative_prompt,
            cfg_scale=cfg_scale,
            tail_image_url=tail_image_url,
        )

        return kling_video_v25_turbo_pro_image_to_video_input

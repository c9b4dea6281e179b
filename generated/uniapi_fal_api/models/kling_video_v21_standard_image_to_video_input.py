from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.kling_video_v21_standard_image_to_video_input_aspect_ratio import (
    KlingVideoV21StandardImageToVideoInputAspectRatio,
    check_kling_video_v21_standard_image_to_video_input_aspect_ratio,
)
from ..models.kling_video_v21_standard_image_to_video_input_duration import (
    KlingVideoV21StandardImageToVideoInputDuration,
    check_kling_video_v21_standard_image_to_video_input_duration,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="KlingVideoV21StandardImageToVideoInput")


@_attrs_define
class KlingVideoV21StandardImageToVideoInput:
    prompt: str
    image_url: str
    """ URL or data URI of the first frame. """
    duration: KlingVideoV21StandardImageToVideoInputDuration | Unset = UNSET
    """ Seconds of video. Server default: "5". """
    negative_prompt: str | Unset = UNSET
    """ Server default: "blur, distort, and low quality". """
    cfg_scale: float | Unset = UNSET
    """ How closely the video follows the prompt. Server default: 0.5. """
    aspect_ratio: KlingVideoV21StandardImageToVideoInputAspectRatio | Unset = UNSET
    """ Sent by the gateway's example; fal's schema does not list it. """

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        image_url = self.image_url

        duration: str | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

        negative_prompt = self.negative_prompt

        cfg_scale = self.cfg_scale

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

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
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        image_url = d.pop("image_url")

        _duration = d.pop("duration", UNSET)
        duration: KlingVideoV21StandardImageToVideoInputDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_kling_video_v21_standard_image_to_video_input_duration(_duration)

        negative_prompt = d.pop("negative_prompt", UNSET)

        cfg_scale = d.pop("cfg_scale", UNSET)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: KlingVideoV21StandardImageToVideoInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_kling_video_v21_standard_image_to_video_input_aspect_ratio(
                _aspect_ratio
            )

        kling_video_v21_standard_image_to_video_input = cls(
            prompt=prompt,
            image_url=image_url,
            duration=duration,
            negative_prompt=negative_prompt,
            cfg_scale=cfg_scale,
            aspect_ratio=aspect_ratio,
        )

        return kling_video_v21_standard_image_to_video_input

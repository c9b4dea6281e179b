from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.kling_video_v26_pro_image_to_video_input_duration import (
    KlingVideoV26ProImageToVideoInputDuration,
    check_kling_video_v26_pro_image_to_video_input_duration,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .kling_video_v26_pro_image_to_video_output import (
        KlingVideoV26ProImageToVideoOutput,  # noqa: F401
    )


T = TypeVar("T", bound="KlingVideoV26ProImageToVideoInput")


@_attrs_define
class KlingVideoV26ProImageToVideoInput(
    FalInput["KlingVideoV26ProImageToVideoOutput"],
    endpoint="fal-ai/kling-video/v2.6/pro/image-to-video",
):
    """Input of `fal-ai/kling-video/v2.6/pro/image-to-video` (image-to-video)."""

    prompt: str
    """Prompt: string, at most 2,500 characters."""
    start_image_url: str
    """Start Image Url: string."""
    duration: KlingVideoV26ProImageToVideoInputDuration | Unset = UNSET
    """Duration: one of "5", "10". Server default: "5"."""
    negative_prompt: str | Unset = UNSET
    """Negative Prompt: string, at most 2,500 characters. Server default: "blur, distort, and low
    quality"."""
    generate_audio: bool | Unset = UNSET
    """Generate Audio: boolean. Server default: true."""
    voice_ids: list[str] | Unset = UNSET
    """Voice Ids: list of string."""
    end_image_url: str | Unset = UNSET
    """End Image Url: string."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        start_image_url = self.start_image_url

        duration: str | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

        negative_prompt = self.negative_prompt

        generate_audio = self.generate_audio

        voice_ids: list[str] | Unset = UNSET
        if not isinstance(self.voice_ids, Unset):
            voice_ids = self.voice_ids

        end_image_url = self.end_image_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
                "start_image_url": start_image_url,
            }
        )
        if duration is not UNSET:
            field_dict["duration"] = duration
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if generate_audio is not UNSET:
            field_dict["generate_audio"] = generate_audio
        if voice_ids is not UNSET:
            field_dict["voice_ids"] = voice_ids
        if end_image_url is not UNSET:
            field_dict["end_image_url"] = end_image_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        start_image_url = d.pop("start_image_url")

        _duration = d.pop("duration", UNSET)
        duration: KlingVideoV26ProImageToVideoInputDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_kling_video_v26_pro_image_to_video_input_duration(_duration)

        negative_prompt = d.pop("negative_prompt", UNSET)

        generate_audio = d.pop("generate_audio", UNSET)

        voice_ids = cast(list[str], d.pop("voice_ids", UNSET))

        end_image_url = d.pop("end_image_url", UNSET)

        kling_video_v26_pro_image_to_video_input = cls(
            prompt=prompt,
            start_image_url=start_image_url,
            duration=duration,
            negative_prompt=negative_prompt,
            generate_audio=generate_audio,
            voice_ids=voice_ids,
            end_image_url=end_image_url,
        )

        return kling_video_v26_pro_image_to_video_input

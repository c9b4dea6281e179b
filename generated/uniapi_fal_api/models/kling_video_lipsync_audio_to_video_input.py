from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput

if TYPE_CHECKING:
    from .kling_video_lipsync_audio_to_video_output import (
        KlingVideoLipsyncAudioToVideoOutput,  # noqa: F401
    )


T = TypeVar("T", bound="KlingVideoLipsyncAudioToVideoInput")


@_attrs_define
class KlingVideoLipsyncAudioToVideoInput(
    FalInput["KlingVideoLipsyncAudioToVideoOutput"],
    endpoint="fal-ai/kling-video/lipsync/audio-to-video",
):
    """Input of `fal-ai/kling-video/lipsync/audio-to-video` (text-to-video)."""

    video_url: str
    """Video Url: string."""
    audio_url: str
    """Audio Url: string."""

    def to_dict(self) -> dict[str, Any]:
        video_url = self.video_url

        audio_url = self.audio_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "video_url": video_url,
                "audio_url": audio_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        video_url = d.pop("video_url")

        audio_url = d.pop("audio_url")

        kling_video_lipsync_audio_to_video_input = cls(
            video_url=video_url,
            audio_url=audio_url,
        )

        return kling_video_lipsync_audio_to_video_input

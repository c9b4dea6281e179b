from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .ffmpeg_api_merge_audio_video_output import FfmpegApiMergeAudioVideoOutput  # noqa: F401


T = TypeVar("T", bound="FfmpegApiMergeAudioVideoInput")


@_attrs_define
class FfmpegApiMergeAudioVideoInput(
    FalInput["FfmpegApiMergeAudioVideoOutput"], endpoint="fal-ai/ffmpeg-api/merge-audio-video"
):
    """Input of `fal-ai/ffmpeg-api/merge-audio-video` (video-to-video)."""

    video_url: str
    """Video Url: string."""
    audio_url: str
    """Audio Url: string."""
    start_offset: float | Unset = UNSET
    """Start Offset: number, at least 0. Server default: 0."""

    def to_dict(self) -> dict[str, Any]:
        video_url = self.video_url

        audio_url = self.audio_url

        start_offset = self.start_offset

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "video_url": video_url,
                "audio_url": audio_url,
            }
        )
        if start_offset is not UNSET:
            field_dict["start_offset"] = start_offset

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        video_url = d.pop("video_url")

        audio_url = d.pop("audio_url")

        start_offset = d.pop("start_offset", UNSET)

        ffmpeg_api_merge_audio_video_input = cls(
            video_url=video_url,
            audio_url=audio_url,
            start_offset=start_offset,
        )

        return ffmpeg_api_merge_audio_video_input

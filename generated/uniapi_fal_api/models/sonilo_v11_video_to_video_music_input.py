from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .sonilo_v11_video_to_video_music_output import SoniloV11VideoToVideoMusicOutput  # noqa: F401


T = TypeVar("T", bound="SoniloV11VideoToVideoMusicInput")


@_attrs_define
class SoniloV11VideoToVideoMusicInput(
    FalInput["SoniloV11VideoToVideoMusicOutput"], endpoint="sonilo/v1.1/video-to-video-music"
):
    """Input of `sonilo/v1.1/video-to-video-music` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    video_url: str
    """URL or local file."""
    duration: float | Unset = UNSET
    """Number."""
    keep_speech_vocal: bool | Unset = UNSET
    """Boolean."""
    num_samples: float | Unset = UNSET
    """Number. Server default: 1."""
    prompt: str | Unset = UNSET
    """String."""
    start_offset: float | Unset = UNSET
    """Number."""

    def to_dict(self) -> dict[str, Any]:
        video_url = self.video_url

        duration = self.duration

        keep_speech_vocal = self.keep_speech_vocal

        num_samples = self.num_samples

        prompt = self.prompt

        start_offset = self.start_offset

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "video_url": video_url,
            }
        )
        if duration is not UNSET:
            field_dict["duration"] = duration
        if keep_speech_vocal is not UNSET:
            field_dict["keep_speech_vocal"] = keep_speech_vocal
        if num_samples is not UNSET:
            field_dict["num_samples"] = num_samples
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if start_offset is not UNSET:
            field_dict["start_offset"] = start_offset

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        video_url = d.pop("video_url")

        duration = d.pop("duration", UNSET)

        keep_speech_vocal = d.pop("keep_speech_vocal", UNSET)

        num_samples = d.pop("num_samples", UNSET)

        prompt = d.pop("prompt", UNSET)

        start_offset = d.pop("start_offset", UNSET)

        sonilo_v11_video_to_video_music_input = cls(
            video_url=video_url,
            duration=duration,
            keep_speech_vocal=keep_speech_vocal,
            num_samples=num_samples,
            prompt=prompt,
            start_offset=start_offset,
        )

        return sonilo_v11_video_to_video_music_input

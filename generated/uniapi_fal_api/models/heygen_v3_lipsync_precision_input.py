from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .heygen_v3_lipsync_precision_output import HeygenV3LipsyncPrecisionOutput  # noqa: F401


T = TypeVar("T", bound="HeygenV3LipsyncPrecisionInput")


@_attrs_define
class HeygenV3LipsyncPrecisionInput(
    FalInput["HeygenV3LipsyncPrecisionOutput"], endpoint="fal-ai/heygen/v3/lipsync/precision"
):
    """Input of `fal-ai/heygen/v3/lipsync/precision` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    audio_url: str
    """URL or local file."""
    video_url: str
    """URL or local file."""
    disable_music_track: bool | Unset = UNSET
    """Boolean."""
    enable_caption: bool | Unset = UNSET
    """Boolean."""
    enable_dynamic_duration: bool | Unset = UNSET
    """Boolean. Server default: true."""
    enable_speech_enhancement: bool | Unset = UNSET
    """Boolean."""
    end_time: float | Unset = UNSET
    """Number."""
    start_time: float | Unset = UNSET
    """Number."""
    title: str | Unset = UNSET
    """String."""

    def to_dict(self) -> dict[str, Any]:
        audio_url = self.audio_url

        video_url = self.video_url

        disable_music_track = self.disable_music_track

        enable_caption = self.enable_caption

        enable_dynamic_duration = self.enable_dynamic_duration

        enable_speech_enhancement = self.enable_speech_enhancement

        end_time = self.end_time

        start_time = self.start_time

        title = self.title

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "audio_url": audio_url,
                "video_url": video_url,
            }
        )
        if disable_music_track is not UNSET:
            field_dict["disable_music_track"] = disable_music_track
        if enable_caption is not UNSET:
            field_dict["enable_caption"] = enable_caption
        if enable_dynamic_duration is not UNSET:
            field_dict["enable_dynamic_duration"] = enable_dynamic_duration
        if enable_speech_enhancement is not UNSET:
            field_dict["enable_speech_enhancement"] = enable_speech_enhancement
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        audio_url = d.pop("audio_url")

        video_url = d.pop("video_url")

        disable_music_track = d.pop("disable_music_track", UNSET)

        enable_caption = d.pop("enable_caption", UNSET)

        enable_dynamic_duration = d.pop("enable_dynamic_duration", UNSET)

        enable_speech_enhancement = d.pop("enable_speech_enhancement", UNSET)

        end_time = d.pop("end_time", UNSET)

        start_time = d.pop("start_time", UNSET)

        title = d.pop("title", UNSET)

        heygen_v3_lipsync_precision_input = cls(
            audio_url=audio_url,
            video_url=video_url,
            disable_music_track=disable_music_track,
            enable_caption=enable_caption,
            enable_dynamic_duration=enable_dynamic_duration,
            enable_speech_enhancement=enable_speech_enhancement,
            end_time=end_time,
            start_time=start_time,
            title=title,
        )

        return heygen_v3_lipsync_precision_input

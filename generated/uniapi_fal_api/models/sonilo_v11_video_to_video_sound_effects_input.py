from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.sonilo_v11_video_to_video_sound_effects_input_audio_format import (
    SoniloV11VideoToVideoSoundEffectsInputAudioFormat,
    check_sonilo_v11_video_to_video_sound_effects_input_audio_format,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sfx_segment import SfxSegment
    from .sonilo_v11_video_to_video_sound_effects_output import (
        SoniloV11VideoToVideoSoundEffectsOutput,  # noqa: F401
    )


T = TypeVar("T", bound="SoniloV11VideoToVideoSoundEffectsInput")


@_attrs_define
class SoniloV11VideoToVideoSoundEffectsInput(
    FalInput["SoniloV11VideoToVideoSoundEffectsOutput"],
    endpoint="sonilo/v1.1/video-to-video-sound-effects",
):
    """Input of `sonilo/v1.1/video-to-video-sound-effects` (unknown). fal publishes no constraints for it (it comes from
    fal's TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    video_url: str
    """URL or local file."""
    audio_format: SoniloV11VideoToVideoSoundEffectsInputAudioFormat | Unset = UNSET
    """One of "wav", "mp3", "aac", "flac". Server default: "aac"."""
    prompt: str | Unset = UNSET
    """String."""
    segments: list[SfxSegment] | Unset = UNSET
    """List of SfxSegment."""

    def to_dict(self) -> dict[str, Any]:
        video_url = self.video_url

        audio_format: str | Unset = UNSET
        if not isinstance(self.audio_format, Unset):
            audio_format = self.audio_format

        prompt = self.prompt

        segments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.segments, Unset):
            segments = []
            for segments_item_data in self.segments:
                segments_item = segments_item_data.to_dict()
                segments.append(segments_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "video_url": video_url,
            }
        )
        if audio_format is not UNSET:
            field_dict["audio_format"] = audio_format
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if segments is not UNSET:
            field_dict["segments"] = segments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sfx_segment import SfxSegment  # noqa: PLC0415

        d = dict(src_dict)
        video_url = d.pop("video_url")

        _audio_format = d.pop("audio_format", UNSET)
        audio_format: SoniloV11VideoToVideoSoundEffectsInputAudioFormat | Unset
        if isinstance(_audio_format, Unset):
            audio_format = UNSET
        else:
            audio_format = check_sonilo_v11_video_to_video_sound_effects_input_audio_format(
                _audio_format
            )

        prompt = d.pop("prompt", UNSET)

        _segments = d.pop("segments", UNSET)
        segments: list[SfxSegment] | Unset = UNSET
        if _segments is not UNSET:
            segments = []
            for segments_item_data in _segments:
                segments_item = SfxSegment.from_dict(segments_item_data)

                segments.append(segments_item)

        sonilo_v11_video_to_video_sound_effects_input = cls(
            video_url=video_url,
            audio_format=audio_format,
            prompt=prompt,
            segments=segments,
        )

        return sonilo_v11_video_to_video_sound_effects_input

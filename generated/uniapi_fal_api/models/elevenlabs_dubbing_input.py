from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .elevenlabs_dubbing_output import ElevenlabsDubbingOutput  # noqa: F401


T = TypeVar("T", bound="ElevenlabsDubbingInput")


@_attrs_define
class ElevenlabsDubbingInput(
    FalInput["ElevenlabsDubbingOutput"], endpoint="fal-ai/elevenlabs/dubbing"
):
    """Input of `fal-ai/elevenlabs/dubbing` (audio-to-video)."""

    target_lang: str
    """Target Lang: string."""
    audio_url: None | str | Unset = UNSET
    """Audio Url: string or None."""
    video_url: None | str | Unset = UNSET
    """Video Url: string or None."""
    source_lang: None | str | Unset = UNSET
    """Source Lang: string or None."""
    num_speakers: int | None | Unset = UNSET
    """Num Speakers: integer or None, 1 to 50."""
    highest_resolution: bool | Unset = UNSET
    """Highest Resolution: boolean. Server default: true."""

    def to_dict(self) -> dict[str, Any]:
        target_lang = self.target_lang

        audio_url: None | str | Unset
        if isinstance(self.audio_url, Unset):
            audio_url = UNSET
        else:
            audio_url = self.audio_url

        video_url: None | str | Unset
        if isinstance(self.video_url, Unset):
            video_url = UNSET
        else:
            video_url = self.video_url

        source_lang: None | str | Unset
        if isinstance(self.source_lang, Unset):
            source_lang = UNSET
        else:
            source_lang = self.source_lang

        num_speakers: int | None | Unset
        if isinstance(self.num_speakers, Unset):
            num_speakers = UNSET
        else:
            num_speakers = self.num_speakers

        highest_resolution = self.highest_resolution

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "target_lang": target_lang,
            }
        )
        if audio_url is not UNSET:
            field_dict["audio_url"] = audio_url
        if video_url is not UNSET:
            field_dict["video_url"] = video_url
        if source_lang is not UNSET:
            field_dict["source_lang"] = source_lang
        if num_speakers is not UNSET:
            field_dict["num_speakers"] = num_speakers
        if highest_resolution is not UNSET:
            field_dict["highest_resolution"] = highest_resolution

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        target_lang = d.pop("target_lang")

        def _parse_audio_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        audio_url = _parse_audio_url(d.pop("audio_url", UNSET))

        def _parse_video_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        video_url = _parse_video_url(d.pop("video_url", UNSET))

        def _parse_source_lang(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source_lang = _parse_source_lang(d.pop("source_lang", UNSET))

        def _parse_num_speakers(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        num_speakers = _parse_num_speakers(d.pop("num_speakers", UNSET))

        highest_resolution = d.pop("highest_resolution", UNSET)

        elevenlabs_dubbing_input = cls(
            target_lang=target_lang,
            audio_url=audio_url,
            video_url=video_url,
            source_lang=source_lang,
            num_speakers=num_speakers,
            highest_resolution=highest_resolution,
        )

        return elevenlabs_dubbing_input

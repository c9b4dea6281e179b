from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .elevenlabs_speech_to_text_scribe_v2_output import (
        ElevenlabsSpeechToTextScribeV2Output,  # noqa: F401
    )


T = TypeVar("T", bound="ElevenlabsSpeechToTextScribeV2Input")


@_attrs_define
class ElevenlabsSpeechToTextScribeV2Input(
    FalInput["ElevenlabsSpeechToTextScribeV2Output"],
    endpoint="fal-ai/elevenlabs/speech-to-text/scribe-v2",
):
    """Input of `fal-ai/elevenlabs/speech-to-text/scribe-v2` (speech-to-text)."""

    audio_url: str
    """Audio Url: string."""
    language_code: None | str | Unset = UNSET
    """Language Code: string or None."""
    tag_audio_events: bool | Unset = UNSET
    """Tag Audio Events: boolean. Server default: true."""
    diarize: bool | Unset = UNSET
    """Diarize: boolean. Server default: true."""
    keyterms: list[str] | Unset = UNSET
    """Keyterms: list of string, at most 100 items. Server default: []."""

    def to_dict(self) -> dict[str, Any]:
        audio_url = self.audio_url

        language_code: None | str | Unset
        if isinstance(self.language_code, Unset):
            language_code = UNSET
        else:
            language_code = self.language_code

        tag_audio_events = self.tag_audio_events

        diarize = self.diarize

        keyterms: list[str] | Unset = UNSET
        if not isinstance(self.keyterms, Unset):
            keyterms = self.keyterms

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "audio_url": audio_url,
            }
        )
        if language_code is not UNSET:
            field_dict["language_code"] = language_code
        if tag_audio_events is not UNSET:
            field_dict["tag_audio_events"] = tag_audio_events
        if diarize is not UNSET:
            field_dict["diarize"] = diarize
        if keyterms is not UNSET:
            field_dict["keyterms"] = keyterms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        audio_url = d.pop("audio_url")

        def _parse_language_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        language_code = _parse_language_code(d.pop("language_code", UNSET))

        tag_audio_events = d.pop("tag_audio_events", UNSET)

        diarize = d.pop("diarize", UNSET)

        keyterms = cast(list[str], d.pop("keyterms", UNSET))

        elevenlabs_speech_to_text_scribe_v2_input = cls(
            audio_url=audio_url,
            language_code=language_code,
            tag_audio_events=tag_audio_events,
            diarize=diarize,
            keyterms=keyterms,
        )

        return elevenlabs_speech_to_text_scribe_v2_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .chatterbox_speech_to_speech_output import ChatterboxSpeechToSpeechOutput  # noqa: F401


T = TypeVar("T", bound="ChatterboxSpeechToSpeechInput")


@_attrs_define
class ChatterboxSpeechToSpeechInput(
    FalInput["ChatterboxSpeechToSpeechOutput"], endpoint="fal-ai/chatterbox/speech-to-speech"
):
    """Input of `fal-ai/chatterbox/speech-to-speech` (speech-to-speech)."""

    source_audio_url: str
    """Source Audio Url: string."""
    target_voice_audio_url: str | Unset = UNSET
    """Target Voice Audio Url: string."""

    def to_dict(self) -> dict[str, Any]:
        source_audio_url = self.source_audio_url

        target_voice_audio_url = self.target_voice_audio_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "source_audio_url": source_audio_url,
            }
        )
        if target_voice_audio_url is not UNSET:
            field_dict["target_voice_audio_url"] = target_voice_audio_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        source_audio_url = d.pop("source_audio_url")

        target_voice_audio_url = d.pop("target_voice_audio_url", UNSET)

        chatterbox_speech_to_speech_input = cls(
            source_audio_url=source_audio_url,
            target_voice_audio_url=target_voice_audio_url,
        )

        return chatterbox_speech_to_speech_input

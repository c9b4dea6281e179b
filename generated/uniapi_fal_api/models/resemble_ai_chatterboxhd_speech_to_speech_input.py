from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.resemble_ai_chatterboxhd_speech_to_speech_input_target_voice import (
    ResembleAiChatterboxhdSpeechToSpeechInputTargetVoice,
    check_resemble_ai_chatterboxhd_speech_to_speech_input_target_voice,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .resemble_ai_chatterboxhd_speech_to_speech_output import (
        ResembleAiChatterboxhdSpeechToSpeechOutput,  # noqa: F401
    )


T = TypeVar("T", bound="ResembleAiChatterboxhdSpeechToSpeechInput")


@_attrs_define
class ResembleAiChatterboxhdSpeechToSpeechInput(
    FalInput["ResembleAiChatterboxhdSpeechToSpeechOutput"],
    endpoint="resemble-ai/chatterboxhd/speech-to-speech",
):
    """Input of `resemble-ai/chatterboxhd/speech-to-speech` (speech-to-speech)."""

    source_audio_url: str
    """Source Audio Url: string."""
    target_voice: ResembleAiChatterboxhdSpeechToSpeechInputTargetVoice | Unset = UNSET
    """Target Voice: one of "Aurora", "Blade", "Britney", "Carl", "Cliff", "Richard", "Rico",
    "Siobhan", ... (9 values)."""
    target_voice_audio_url: str | Unset = UNSET
    """Target Voice Audio Url: string."""
    high_quality_audio: bool | Unset = UNSET
    """High Quality Audio: boolean. Server default: false."""

    def to_dict(self) -> dict[str, Any]:
        source_audio_url = self.source_audio_url

        target_voice: str | Unset = UNSET
        if not isinstance(self.target_voice, Unset):
            target_voice = self.target_voice

        target_voice_audio_url = self.target_voice_audio_url

        high_quality_audio = self.high_quality_audio

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "source_audio_url": source_audio_url,
            }
        )
        if target_voice is not UNSET:
            field_dict["target_voice"] = target_voice
        if target_voice_audio_url is not UNSET:
            field_dict["target_voice_audio_url"] = target_voice_audio_url
        if high_quality_audio is not UNSET:
            field_dict["high_quality_audio"] = high_quality_audio

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        source_audio_url = d.pop("source_audio_url")

        _target_voice = d.pop("target_voice", UNSET)
        target_voice: ResembleAiChatterboxhdSpeechToSpeechInputTargetVoice | Unset
        if isinstance(_target_voice, Unset):
            target_voice = UNSET
        else:
            target_voice = check_resemble_ai_chatterboxhd_speech_to_speech_input_target_voice(
                _target_voice
            )

        target_voice_audio_url = d.pop("target_voice_audio_url", UNSET)

        high_quality_audio = d.pop("high_quality_audio", UNSET)

        resemble_ai_chatterboxhd_speech_to_speech_input = cls(
            source_audio_url=source_audio_url,
            target_voice=target_voice,
            target_voice_audio_url=target_voice_audio_url,
            high_quality_audio=high_quality_audio,
        )

        return resemble_ai_chatterboxhd_speech_to_speech_input

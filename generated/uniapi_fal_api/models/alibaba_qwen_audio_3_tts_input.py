from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.alibaba_qwen_audio_3_tts_input_language import (
    AlibabaQwenAudio3TtsInputLanguage,
    check_alibaba_qwen_audio_3_tts_input_language,
)
from ..models.alibaba_qwen_audio_3_tts_input_voice import (
    AlibabaQwenAudio3TtsInputVoice,
    check_alibaba_qwen_audio_3_tts_input_voice,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .alibaba_qwen_audio_3_tts_output import AlibabaQwenAudio3TtsOutput  # noqa: F401


T = TypeVar("T", bound="AlibabaQwenAudio3TtsInput")


@_attrs_define
class AlibabaQwenAudio3TtsInput(
    FalInput["AlibabaQwenAudio3TtsOutput"], endpoint="alibaba/qwen-audio-3-tts"
):
    """Input of `alibaba/qwen-audio-3-tts` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript
    types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    text: str
    """String."""
    language: AlibabaQwenAudio3TtsInputLanguage | Unset = UNSET
    """One of "Auto", "Chinese", "English", "Spanish", "Russian", "Italian", "French", "Korean",
    ... (11 values). Server default: "Auto"."""
    voice: AlibabaQwenAudio3TtsInputVoice | Unset = UNSET
    """One of "Cherry", "Serena", "Ethan", "Chelsie", "Momo", "Vivian", "Moon", "Maia", ... (45
    values). Server default: "Cherry"."""

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        language: str | Unset = UNSET
        if not isinstance(self.language, Unset):
            language = self.language

        voice: str | Unset = UNSET
        if not isinstance(self.voice, Unset):
            voice = self.voice

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "text": text,
            }
        )
        if language is not UNSET:
            field_dict["language"] = language
        if voice is not UNSET:
            field_dict["voice"] = voice

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text = d.pop("text")

        _language = d.pop("language", UNSET)
        language: AlibabaQwenAudio3TtsInputLanguage | Unset
        if isinstance(_language, Unset):
            language = UNSET
        else:
            language = check_alibaba_qwen_audio_3_tts_input_language(_language)

        _voice = d.pop("voice", UNSET)
        voice: AlibabaQwenAudio3TtsInputVoice | Unset
        if isinstance(_voice, Unset):
            voice = UNSET
        else:
            voice = check_alibaba_qwen_audio_3_tts_input_voice(_voice)

        alibaba_qwen_audio_3_tts_input = cls(
            text=text,
            language=language,
            voice=voice,
        )

        return alibaba_qwen_audio_3_tts_input

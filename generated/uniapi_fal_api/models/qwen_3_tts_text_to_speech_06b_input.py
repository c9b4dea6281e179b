from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.qwen_3_tts_text_to_speech_06b_input_language import (
    Qwen3TtsTextToSpeech06BInputLanguage,
    check_qwen_3_tts_text_to_speech_06b_input_language,
)
from ..models.qwen_3_tts_text_to_speech_06b_input_voice import (
    Qwen3TtsTextToSpeech06BInputVoice,
    check_qwen_3_tts_text_to_speech_06b_input_voice,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .qwen_3_tts_text_to_speech_06b_output import Qwen3TtsTextToSpeech06BOutput  # noqa: F401


T = TypeVar("T", bound="Qwen3TtsTextToSpeech06BInput")


@_attrs_define
class Qwen3TtsTextToSpeech06BInput(
    FalInput["Qwen3TtsTextToSpeech06BOutput"], endpoint="fal-ai/qwen-3-tts/text-to-speech/0.6b"
):
    """Input of `fal-ai/qwen-3-tts/text-to-speech/0.6b` (text-to-speech)."""

    text: str
    """Text: string."""
    prompt: str | Unset = UNSET
    """Prompt: string."""
    voice: Qwen3TtsTextToSpeech06BInputVoice | Unset = UNSET
    """Voice: one of "Vivian", "Serena", "Uncle_Fu", "Dylan", "Eric", "Ryan", "Aiden", "Ono_Anna",
    ... (9 values)."""
    language: Qwen3TtsTextToSpeech06BInputLanguage | Unset = UNSET
    """Language: one of "Auto", "English", "Chinese", "Spanish", "French", "German", "Italian",
    "Japanese", ... (11 values). Server default: "Auto"."""
    speaker_voice_embedding_file_url: str | Unset = UNSET
    """Speaker Voice Embedding File Url: string."""
    reference_text: str | Unset = UNSET
    """Reference Text: string."""
    top_k: int | Unset = UNSET
    """Top K: integer, at least 0. Server default: 50."""
    top_p: float | Unset = UNSET
    """Top P: number, 0 to 1. Server default: 1."""
    temperature: float | Unset = UNSET
    """Temperature: number, 0 to 1. Server default: 0.9."""
    repetition_penalty: float | Unset = UNSET
    """Repetition Penalty: number, at least 0. Server default: 1.05."""
    subtalker_dosample: bool | Unset = UNSET
    """Subtalker Dosample: boolean. Server default: true."""
    subtalker_top_k: int | Unset = UNSET
    """Subtalker Top K: integer, at least 0. Server default: 50."""
    subtalker_top_p: float | Unset = UNSET
    """Subtalker Top P: number, 0 to 1. Server default: 1."""
    subtalker_temperature: float | Unset = UNSET
    """Subtalker Temperature: number, 0 to 1. Server default: 0.9."""
    max_new_tokens: int | Unset = UNSET
    """Max New Tokens: integer, 1 to 8,192. Server default: 200."""

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        prompt = self.prompt

        voice: str | Unset = UNSET
        if not isinstance(self.voice, Unset):
            voice = self.voice

        language: str | Unset = UNSET
        if not isinstance(self.language, Unset):
            language = self.language

        speaker_voice_embedding_file_url = self.speaker_voice_embedding_file_url

        reference_text = self.reference_text

        top_k = self.top_k

        top_p = self.top_p

        temperature = self.temperature

        repetition_penalty = self.repetition_penalty

        subtalker_dosample = self.subtalker_dosample

        subtalker_top_k = self.subtalker_top_k

        subtalker_top_p = self.subtalker_top_p

        subtalker_temperature = self.subtalker_temperature

        max_new_tokens = self.max_new_tokens

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "text": text,
            }
        )
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if voice is not UNSET:
            field_dict["voice"] = voice
        if language is not UNSET:
            field_dict["language"] = language
        if speaker_voice_embedding_file_url is not UNSET:
            field_dict["speaker_voice_embedding_file_url"] = speaker_voice_embedding_file_url
        if reference_text is not UNSET:
            field_dict["reference_text"] = reference_text
        if top_k is not UNSET:
            field_dict["top_k"] = top_k
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if repetition_penalty is not UNSET:
            field_dict["repetition_penalty"] = repetition_penalty
        if subtalker_dosample is not UNSET:
            field_dict["subtalker_dosample"] = subtalker_dosample
        if subtalker_top_k is not UNSET:
            field_dict["subtalker_top_k"] = subtalker_top_k
        if subtalker_top_p is not UNSET:
            field_dict["subtalker_top_p"] = subtalker_top_p
        if subtalker_temperature is not UNSET:
            field_dict["subtalker_temperature"] = subtalker_temperature
        if max_new_tokens is not UNSET:
            field_dict["max_new_tokens"] = max_new_tokens

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text = d.pop("text")

        prompt = d.pop("prompt", UNSET)

        _voice = d.pop("voice", UNSET)
        voice: Qwen3TtsTextToSpeech06BInputVoice | Unset
        if isinstance(_voice, Unset):
            voice = UNSET
        else:
            voice = check_qwen_3_tts_text_to_speech_06b_input_voice(_voice)

        _language = d.pop("language", UNSET)
        language: Qwen3TtsTextToSpeech06BInputLanguage | Unset
        if isinstance(_language, Unset):
            language = UNSET
        else:
            language = check_qwen_3_tts_text_to_speech_06b_input_language(_language)

        speaker_voice_embedding_file_url = d.pop("speaker_voice_embedding_file_url", UNSET)

        reference_text = d.pop("reference_text", UNSET)

        top_k = d.pop("top_k", UNSET)

        top_p = d.pop("top_p", UNSET)

        temperature = d.pop("temperature", UNSET)

        repetition_penalty = d.pop("repetition_penalty", UNSET)

        subtalker_dosample = d.pop("subtalker_dosample", UNSET)

        subtalker_top_k = d.pop("subtalker_top_k", UNSET)

        subtalker_top_p = d.pop("subtalker_top_p", UNSET)

        subtalker_temperature = d.pop("subtalker_temperature", UNSET)

        max_new_tokens = d.pop("max_new_tokens", UNSET)

        qwen_3_tts_text_to_speech_06b_input = cls(
            text=text,
            prompt=prompt,
            voice=voice,
            language=language,
            speaker_voice_embedding_file_url=speaker_voice_embedding_file_url,
            reference_text=reference_text,
            top_k=top_k,
            top_p=top_p,
            temperature=temperature,
            repetition_penalty=repetition_penalty,
            subtalker_dosample=subtalker_dosample,
            subtalker_top_k=subtalker_top_k,
            subtalker_top_p=subtalker_top_p,
            subtalker_temperature=subtalker_temperature,
            max_new_tokens=max_new_tokens,
        )

        return qwen_3_tts_text_to_speech_06b_input

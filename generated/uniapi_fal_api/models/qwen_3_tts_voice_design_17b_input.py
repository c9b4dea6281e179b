from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.qwen_3_tts_voice_design_17b_input_language import (
    Qwen3TtsVoiceDesign17BInputLanguage,
    check_qwen_3_tts_voice_design_17b_input_language,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .qwen_3_tts_voice_design_17b_output import Qwen3TtsVoiceDesign17BOutput  # noqa: F401


T = TypeVar("T", bound="Qwen3TtsVoiceDesign17BInput")


@_attrs_define
class Qwen3TtsVoiceDesign17BInput(
    FalInput["Qwen3TtsVoiceDesign17BOutput"], endpoint="fal-ai/qwen-3-tts/voice-design/1.7b"
):
    """Input of `fal-ai/qwen-3-tts/voice-design/1.7b` (text-to-speech)."""

    text: str
    """Text: string."""
    prompt: str
    """Prompt: string."""
    language: Qwen3TtsVoiceDesign17BInputLanguage | Unset = UNSET
    """Language: one of "Auto", "English", "Chinese", "Spanish", "French", "German", "Italian",
    "Japanese", ... (11 values). Server default: "Auto"."""
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

        language: str | Unset = UNSET
        if not isinstance(self.language, Unset):
            language = self.language

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
                "prompt": prompt,
            }
        )
        if language is not UNSET:
            field_dict["language"] = language
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

        prompt = d.pop("prompt")

        _language = d.pop("language", UNSET)
        language: Qwen3TtsVoiceDesign17BInputLanguage | Unset
        if isinstance(_language, Unset):
            language = UNSET
        else:
            language = check_qwen_3_tts_voice_design_17b_input_language(_language)

        top_k = d.pop("top_k", UNSET)

        top_p = d.pop("top_p", UNSET)

        temperature = d.pop("temperature", UNSET)

        repetition_penalty = d.pop("repetition_penalty", UNSET)

        subtalker_dosample = d.pop("subtalker_dosample", UNSET)

        subtalker_top_k = d.pop("subtalker_top_k", UNSET)

        subtalker_top_p = d.pop("subtalker_top_p", UNSET)

        subtalker_temperature = d.pop("subtalker_temperature", UNSET)

        max_new_tokens = d.pop("max_new_tokens", UNSET)

        qwen_3_tts_voice_design_17b_input = cls(
            text=text,
            prompt=prompt,
            language=language,
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

        return qwen_3_tts_voice_design_17b_input

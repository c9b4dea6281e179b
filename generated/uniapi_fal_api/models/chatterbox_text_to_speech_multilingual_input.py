from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.chatterbox_text_to_speech_multilingual_input_custom_audio_language import (
    ChatterboxTextToSpeechMultilingualInputCustomAudioLanguage,
    check_chatterbox_text_to_speech_multilingual_input_custom_audio_language,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .chatterbox_text_to_speech_multilingual_output import (
        ChatterboxTextToSpeechMultilingualOutput,  # noqa: F401
    )


T = TypeVar("T", bound="ChatterboxTextToSpeechMultilingualInput")


@_attrs_define
class ChatterboxTextToSpeechMultilingualInput(
    FalInput["ChatterboxTextToSpeechMultilingualOutput"],
    endpoint="fal-ai/chatterbox/text-to-speech/multilingual",
):
    """Input of `fal-ai/chatterbox/text-to-speech/multilingual` (text-to-speech)."""

    text: str
    """Text: string, at most 300 characters."""
    voice: str | Unset = UNSET
    """Voice: string. Server default: "english"."""
    custom_audio_language: ChatterboxTextToSpeechMultilingualInputCustomAudioLanguage | Unset = (
        UNSET
    )
    """Custom Audio Language: one of "english", "arabic", "danish", "german", "greek", "spanish",
    "finnish", "french", ... (23 values)."""
    exaggeration: float | Unset = UNSET
    """Exaggeration: number, 0.25 to 2. Server default: 0.5."""
    temperature: float | Unset = UNSET
    """Temperature: number, 0.05 to 5. Server default: 0.8."""
    cfg_scale: float | Unset = UNSET
    """CFG Scale: number, 0 to 1. Server default: 0.5."""
    seed: int | Unset = UNSET
    """Seed: integer."""

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        voice = self.voice

        custom_audio_language: str | Unset = UNSET
        if not isinstance(self.custom_audio_language, Unset):
            custom_audio_language = self.custom_audio_language

        exaggeration = self.exaggeration

        temperature = self.temperature

        cfg_scale = self.cfg_scale

        seed = self.seed

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "text": text,
            }
        )
        if voice is not UNSET:
            field_dict["voice"] = voice
        if custom_audio_language is not UNSET:
            field_dict["custom_audio_language"] = custom_audio_language
        if exaggeration is not UNSET:
            field_dict["exaggeration"] = exaggeration
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if cfg_scale is not UNSET:
            field_dict["cfg_scale"] = cfg_scale
        if seed is not UNSET:
            field_dict["seed"] = seed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text = d.pop("text")

        voice = d.pop("voice", UNSET)

        _custom_audio_language = d.pop("custom_audio_language", UNSET)
        custom_audio_language: ChatterboxTextToSpeechMultilingualInputCustomAudioLanguage | Unset
        if isinstance(_custom_audio_language, Unset):
            custom_audio_language = UNSET
        else:
            custom_audio_language = (
                check_chatterbox_text_to_speech_multilingual_input_custom_audio_language(
                    _custom_audio_language
                )
            )

        exaggeration = d.pop("exaggeration", UNSET)

        temperature = d.pop("temperature", UNSET)

        cfg_scale = d.pop("cfg_scale", UNSET)

        seed = d.pop("seed", UNSET)

        chatterbox_text_to_speech_multilingual_input = cls(
            text=text,
            voice=voice,
            custom_audio_language=custom_audio_language,
            exaggeration=exaggeration,
            temperature=temperature,
            cfg_scale=cfg_scale,
            seed=seed,
        )

        return chatterbox_text_to_speech_multilingual_input

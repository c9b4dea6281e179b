from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.gemini_tts_input_language_code import (
    GeminiTtsInputLanguageCode,
    check_gemini_tts_input_language_code,
)
from ..models.gemini_tts_input_model import (
    GeminiTtsInputModel,
    check_gemini_tts_input_model,
)
from ..models.gemini_tts_input_output_format import (
    GeminiTtsInputOutputFormat,
    check_gemini_tts_input_output_format,
)
from ..models.gemini_tts_input_voice import (
    GeminiTtsInputVoice,
    check_gemini_tts_input_voice,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.speaker_config import SpeakerConfig
    from .gemini_tts_output import GeminiTtsOutput  # noqa: F401


T = TypeVar("T", bound="GeminiTtsInput")


@_attrs_define
class GeminiTtsInput(FalInput["GeminiTtsOutput"], endpoint="fal-ai/gemini-tts"):
    """Input of `fal-ai/gemini-tts` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript types):
    types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    prompt: str
    """String."""
    language_code: GeminiTtsInputLanguageCode | Unset = UNSET
    """One of "Arabic (Egypt)", "Bangla (Bangladesh)", "Dutch (Netherlands)", "English (India)",
    "English (US)", "French (France)", "German (Germany)", "Hindi (India)", ... (87 values)."""
    model: GeminiTtsInputModel | Unset = UNSET
    """One of "gemini-2.5-flash-tts", "gemini-2.5-pro-tts". Server default: "gemini-2.5-flash-tts"."""
    output_format: GeminiTtsInputOutputFormat | Unset = UNSET
    """One of "wav", "mp3", "ogg_opus". Server default: "mp3"."""
    speakers: list[SpeakerConfig] | Unset = UNSET
    """List of SpeakerConfig."""
    style_instructions: str | Unset = UNSET
    """String."""
    temperature: float | Unset = UNSET
    """Number. Server default: 1."""
    voice: GeminiTtsInputVoice | Unset = UNSET
    """One of "Achernar", "Achird", "Algenib", "Algieba", "Alnilam", "Aoede", "Autonoe",
    "Callirrhoe", ... (30 values). Server default: "Kore"."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        language_code: str | Unset = UNSET
        if not isinstance(self.language_code, Unset):
            language_code = self.language_code

        model: str | Unset = UNSET
        if not isinstance(self.model, Unset):
            model = self.model

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        speakers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.speakers, Unset):
            speakers = []
            for speakers_item_data in self.speakers:
                speakers_item = speakers_item_data.to_dict()
                speakers.append(speakers_item)

        style_instructions = self.style_instructions

        temperature = self.temperature

        voice: str | Unset = UNSET
        if not isinstance(self.voice, Unset):
            voice = self.voice

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if language_code is not UNSET:
            field_dict["language_code"] = language_code
        if model is not UNSET:
            field_dict["model"] = model
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if speakers is not UNSET:
            field_dict["speakers"] = speakers
        if style_instructions is not UNSET:
            field_dict["style_instructions"] = style_instructions
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if voice is not UNSET:
            field_dict["voice"] = voice

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.speaker_config import SpeakerConfig  # noqa: PLC0415

        d = dict(src_dict)
        prompt = d.pop("prompt")

        _language_code = d.pop("language_code", UNSET)
        language_code: GeminiTtsInputLanguageCode | Unset
        if isinstance(_language_code, Unset):
            language_code = UNSET
        else:
            language_code = check_gemini_tts_input_language_code(_language_code)

        _model = d.pop("model", UNSET)
        model: GeminiTtsInputModel | Unset
        if isinstance(_model, Unset):
            model = UNSET
        else:
            model = check_gemini_tts_input_model(_model)

        _output_format = d.pop("output_format", UNSET)
        output_format: GeminiTtsInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_gemini_tts_input_output_format(_output_format)

        _speakers = d.pop("speakers", UNSET)
        speakers: list[SpeakerConfig] | Unset = UNSET
        if _speakers is not UNSET:
            speakers = []
            for speakers_item_data in _speakers:
                speakers_item = SpeakerConfig.from_dict(speakers_item_data)

                speakers.append(speakers_item)

        style_instructions = d.pop("style_instructions", UNSET)

        temperature = d.pop("temperature", UNSET)

        _voice = d.pop("voice", UNSET)
        voice: GeminiTtsInputVoice | Unset
        if isinstance(_voice, Unset):
            voice = UNSET
        else:
            voice = check_gemini_tts_input_voice(_voice)

        gemini_tts_input = cls(
            prompt=prompt,
            language_code=language_code,
            model=model,
            output_format=output_format,
            speakers=speakers,
            style_instructions=style_instructions,
            temperature=temperature,
            voice=voice,
        )

        return gemini_tts_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.gemini_31_flash_tts_input_language_code import (
    Gemini31FlashTtsInputLanguageCode,
    check_gemini_31_flash_tts_input_language_code,
)
from ..models.gemini_31_flash_tts_input_output_format import (
    Gemini31FlashTtsInputOutputFormat,
    check_gemini_31_flash_tts_input_output_format,
)
from ..models.gemini_31_flash_tts_input_voice import (
    Gemini31FlashTtsInputVoice,
    check_gemini_31_flash_tts_input_voice,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.speaker_config import SpeakerConfig
    from .gemini_31_flash_tts_output import Gemini31FlashTtsOutput  # noqa: F401


T = TypeVar("T", bound="Gemini31FlashTtsInput")


@_attrs_define
class Gemini31FlashTtsInput(
    FalInput["Gemini31FlashTtsOutput"], endpoint="fal-ai/gemini-3.1-flash-tts"
):
    """Input of `fal-ai/gemini-3.1-flash-tts` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    prompt: str
    """String."""
    language_code: Gemini31FlashTtsInputLanguageCode | Unset = UNSET
    """One of "Arabic (Egypt)", "Bangla (Bangladesh)", "Dutch (Netherlands)", "English (India)",
    "English (US)", "French (France)", "German (Germany)", "Hindi (India)", ... (87 values)."""
    output_format: Gemini31FlashTtsInputOutputFormat | Unset = UNSET
    """One of "wav", "mp3", "ogg_opus". Server default: "mp3"."""
    speakers: list[Any] | list[SpeakerConfig] | Unset = UNSET
    """List of SpeakerConfig or list."""
    style_instructions: str | Unset = UNSET
    """String."""
    temperature: float | Unset = UNSET
    """Number. Server default: 1."""
    voice: Gemini31FlashTtsInputVoice | Unset = UNSET
    """One of "Achernar", "Achird", "Algenib", "Algieba", "Alnilam", "Aoede", "Autonoe",
    "Callirrhoe", ... (30 values). Server default: "Kore"."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        language_code: str | Unset = UNSET
        if not isinstance(self.language_code, Unset):
            language_code = self.language_code

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        speakers: list[Any] | list[dict[str, Any]] | Unset
        if isinstance(self.speakers, Unset):
            speakers = UNSET
        elif isinstance(self.speakers, list):
            speakers = []
            for speakers_type_0_item_data in self.speakers:
                speakers_type_0_item = speakers_type_0_item_data.to_dict()
                speakers.append(speakers_type_0_item)

        else:
            speakers = self.speakers

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
        language_code: Gemini31FlashTtsInputLanguageCode | Unset
        if isinstance(_language_code, Unset):
            language_code = UNSET
        else:
            language_code = check_gemini_31_flash_tts_input_language_code(_language_code)

        _output_format = d.pop("output_format", UNSET)
        output_format: Gemini31FlashTtsInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_gemini_31_flash_tts_input_output_format(_output_format)

        def _parse_speakers(data: object) -> list[Any] | list[SpeakerConfig] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                speakers_type_0 = []
                _speakers_type_0 = data
                for speakers_type_0_item_data in _speakers_type_0:
                    speakers_type_0_item = SpeakerConfig.from_dict(speakers_type_0_item_data)

                    speakers_type_0.append(speakers_type_0_item)

                return speakers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            speakers_type_1 = cast(list[Any], data)

            return speakers_type_1

        speakers = _parse_speakers(d.pop("speakers", UNSET))

        style_instructions = d.pop("style_instructions", UNSET)

        temperature = d.pop("temperature", UNSET)

        _voice = d.pop("voice", UNSET)
        voice: Gemini31FlashTtsInputVoice | Unset
        if isinstance(_voice, Unset):
            voice = UNSET
        else:
            voice = check_gemini_31_flash_tts_input_voice(_voice)

        gemini_31_flash_tts_input = cls(
            prompt=prompt,
            language_code=language_code,
            output_format=output_format,
            speakers=speakers,
            style_instructions=style_instructions,
            temperature=temperature,
            voice=voice,
        )

        return gemini_31_flash_tts_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.bytedance_seed_speech_tts_v2_input_language import (
    BytedanceSeedSpeechTtsV2InputLanguage,
    check_bytedance_seed_speech_tts_v2_input_language,
)
from ..models.bytedance_seed_speech_tts_v2_input_output_format import (
    BytedanceSeedSpeechTtsV2InputOutputFormat,
    check_bytedance_seed_speech_tts_v2_input_output_format,
)
from ..models.bytedance_seed_speech_tts_v2_input_sample_rate import (
    BytedanceSeedSpeechTtsV2InputSampleRate,
    check_bytedance_seed_speech_tts_v2_input_sample_rate,
)
from ..models.bytedance_seed_speech_tts_v2_input_voice import (
    BytedanceSeedSpeechTtsV2InputVoice,
    check_bytedance_seed_speech_tts_v2_input_voice,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .bytedance_seed_speech_tts_v2_output import BytedanceSeedSpeechTtsV2Output  # noqa: F401


T = TypeVar("T", bound="BytedanceSeedSpeechTtsV2Input")


@_attrs_define
class BytedanceSeedSpeechTtsV2Input(
    FalInput["BytedanceSeedSpeechTtsV2Output"], endpoint="fal-ai/bytedance/seed-speech/tts/v2"
):
    """Input of `fal-ai/bytedance/seed-speech/tts/v2` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    text: str
    """String."""
    language: BytedanceSeedSpeechTtsV2InputLanguage | Unset = UNSET
    """One of "zh", "en", "ja", "es-mx", "id", "pt-br", "ko", "it", ... (10 values)."""
    output_format: BytedanceSeedSpeechTtsV2InputOutputFormat | Unset = UNSET
    """One of "mp3", "opus". Server default: "mp3"."""
    pitch: float | Unset = UNSET
    """Number."""
    sample_rate: BytedanceSeedSpeechTtsV2InputSampleRate | Unset = UNSET
    """One of 8000, 16000, 22050, 24000, 32000, 44100, 48000."""
    speed: float | Unset = UNSET
    """Number. Server default: 1."""
    voice: BytedanceSeedSpeechTtsV2InputVoice | Unset = UNSET
    """One of "vivi_mixed_en_zh_ja_es_id", "mindy_en_es_id_pt_zh", "stokie_en", "dacey_en",
    "tim_en", "kian_en_zh", "cedric_en_zh", "sophie_en_zh", ... (41 values). Server default:
    "stokie_en"."""
    voice_instruction: str | Unset = UNSET
    """String."""
    volume: float | Unset = UNSET
    """Number. Server default: 1."""

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        language: str | Unset = UNSET
        if not isinstance(self.language, Unset):
            language = self.language

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        pitch = self.pitch

        sample_rate: int | Unset = UNSET
        if not isinstance(self.sample_rate, Unset):
            sample_rate = self.sample_rate

        speed = self.speed

        voice: str | Unset = UNSET
        if not isinstance(self.voice, Unset):
            voice = self.voice

        voice_instruction = self.voice_instruction

        volume = self.volume

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "text": text,
            }
        )
        if language is not UNSET:
            field_dict["language"] = language
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if pitch is not UNSET:
            field_dict["pitch"] = pitch
        if sample_rate is not UNSET:
            field_dict["sample_rate"] = sample_rate
        if speed is not UNSET:
            field_dict["speed"] = speed
        if voice is not UNSET:
            field_dict["voice"] = voice
        if voice_instruction is not UNSET:
            field_dict["voice_instruction"] = voice_instruction
        if volume is not UNSET:
            field_dict["volume"] = volume

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text = d.pop("text")

        _language = d.pop("language", UNSET)
        language: BytedanceSeedSpeechTtsV2InputLanguage | Unset
        if isinstance(_language, Unset):
            language = UNSET
        else:
            language = check_bytedance_seed_speech_tts_v2_input_language(_language)

        _output_format = d.pop("output_format", UNSET)
        output_format: BytedanceSeedSpeechTtsV2InputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_bytedance_seed_speech_tts_v2_input_output_format(_output_format)

        pitch = d.pop("pitch", UNSET)

        _sample_rate = d.pop("sample_rate", UNSET)
        sample_rate: BytedanceSeedSpeechTtsV2InputSampleRate | Unset
        if isinstance(_sample_rate, Unset):
            sample_rate = UNSET
        else:
            sample_rate = check_bytedance_seed_speech_tts_v2_input_sample_rate(_sample_rate)

        speed = d.pop("speed", UNSET)

        _voice = d.pop("voice", UNSET)
        voice: BytedanceSeedSpeechTtsV2InputVoice | Unset
        if isinstance(_voice, Unset):
            voice = UNSET
        else:
            voice = check_bytedance_seed_speech_tts_v2_input_voice(_voice)

        voice_instruction = d.pop("voice_instruction", UNSET)

        volume = d.pop("volume", UNSET)

        bytedance_seed_speech_tts_v2_input = cls(
            text=text,
            language=language,
            output_format=output_format,
            pitch=pitch,
            sample_rate=sample_rate,
            speed=speed,
            voice=voice,
            voice_instruction=voice_instruction,
            volume=volume,
        )

        return bytedance_seed_speech_tts_v2_input

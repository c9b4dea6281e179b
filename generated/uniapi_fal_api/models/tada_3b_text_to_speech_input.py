from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.tada_3b_text_to_speech_input_language import (
    Tada3BTextToSpeechInputLanguage,
    check_tada_3b_text_to_speech_input_language,
)
from ..models.tada_3b_text_to_speech_input_output_format import (
    Tada3BTextToSpeechInputOutputFormat,
    check_tada_3b_text_to_speech_input_output_format,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .tada_3b_text_to_speech_output import Tada3BTextToSpeechOutput  # noqa: F401


T = TypeVar("T", bound="Tada3BTextToSpeechInput")


@_attrs_define
class Tada3BTextToSpeechInput(
    FalInput["Tada3BTextToSpeechOutput"], endpoint="fal-ai/tada/3b/text-to-speech"
):
    """Input of `fal-ai/tada/3b/text-to-speech` (text-to-speech). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    audio_url: str
    """URL or local file."""
    prompt: str
    """String."""
    acoustic_cfg_scale: float | Unset = UNSET
    """Number. Server default: 1.6."""
    language: Tada3BTextToSpeechInputLanguage | Unset = UNSET
    """One of "en", "ar", "ch", "de", "es", "fr", "it", "ja", ... (10 values). Server default:
    "en"."""
    noise_temperature: float | Unset = UNSET
    """Number. Server default: 0.9."""
    num_extra_steps: float | Unset = UNSET
    """Number."""
    num_inference_steps: float | Unset = UNSET
    """Number. Server default: 20."""
    output_format: Tada3BTextToSpeechInputOutputFormat | Unset = UNSET
    """One of "wav", "mp3". Server default: "wav"."""
    repetition_penalty: float | Unset = UNSET
    """Number. Server default: 1.1."""
    speed_up_factor: float | Unset = UNSET
    """Number. Server default: 1."""
    temperature: float | Unset = UNSET
    """Number. Server default: 0.6."""
    top_p: float | Unset = UNSET
    """Number. Server default: 0.9."""
    transcript: str | Unset = UNSET
    """String. Server default: ""."""

    def to_dict(self) -> dict[str, Any]:
        audio_url = self.audio_url

        prompt = self.prompt

        acoustic_cfg_scale = self.acoustic_cfg_scale

        language: str | Unset = UNSET
        if not isinstance(self.language, Unset):
            language = self.language

        noise_temperature = self.noise_temperature

        num_extra_steps = self.num_extra_steps

        num_inference_steps = self.num_inference_steps

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        repetition_penalty = self.repetition_penalty

        speed_up_factor = self.speed_up_factor

        temperature = self.temperature

        top_p = self.top_p

        transcript = self.transcript

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "audio_url": audio_url,
                "prompt": prompt,
            }
        )
        if acoustic_cfg_scale is not UNSET:
            field_dict["acoustic_cfg_scale"] = acoustic_cfg_scale
        if language is not UNSET:
            field_dict["language"] = language
        if noise_temperature is not UNSET:
            field_dict["noise_temperature"] = noise_temperature
        if num_extra_steps is not UNSET:
            field_dict["num_extra_steps"] = num_extra_steps
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if repetition_penalty is not UNSET:
            field_dict["repetition_penalty"] = repetition_penalty
        if speed_up_factor is not UNSET:
            field_dict["speed_up_factor"] = speed_up_factor
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if transcript is not UNSET:
            field_dict["transcript"] = transcript

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        audio_url = d.pop("audio_url")

        prompt = d.pop("prompt")

        acoustic_cfg_scale = d.pop("acoustic_cfg_scale", UNSET)

        _language = d.pop("language", UNSET)
        language: Tada3BTextToSpeechInputLanguage | Unset
        if isinstance(_language, Unset):
            language = UNSET
        else:
            language = check_tada_3b_text_to_speech_input_language(_language)

        noise_temperature = d.pop("noise_temperature", UNSET)

        num_extra_steps = d.pop("num_extra_steps", UNSET)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: Tada3BTextToSpeechInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_tada_3b_text_to_speech_input_output_format(_output_format)

        repetition_penalty = d.pop("repetition_penalty", UNSET)

        speed_up_factor = d.pop("speed_up_factor", UNSET)

        temperature = d.pop("temperature", UNSET)

        top_p = d.pop("top_p", UNSET)

        transcript = d.pop("transcript", UNSET)

        tada_3b_text_to_speech_input = cls(
            audio_url=audio_url,
            prompt=prompt,
            acoustic_cfg_scale=acoustic_cfg_scale,
            language=language,
            noise_temperature=noise_temperature,
            num_extra_steps=num_extra_steps,
            num_inference_steps=num_inference_steps,
            output_format=output_format,
            repetition_penalty=repetition_penalty,
            speed_up_factor=speed_up_factor,
            temperature=temperature,
            top_p=top_p,
            transcript=transcript,
        )

        return tada_3b_text_to_speech_input

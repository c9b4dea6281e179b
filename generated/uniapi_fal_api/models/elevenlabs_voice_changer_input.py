from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.elevenlabs_voice_changer_input_output_format import (
    ElevenlabsVoiceChangerInputOutputFormat,
    check_elevenlabs_voice_changer_input_output_format,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .elevenlabs_voice_changer_output import ElevenlabsVoiceChangerOutput  # noqa: F401


T = TypeVar("T", bound="ElevenlabsVoiceChangerInput")


@_attrs_define
class ElevenlabsVoiceChangerInput(
    FalInput["ElevenlabsVoiceChangerOutput"], endpoint="fal-ai/elevenlabs/voice-changer"
):
    """Input of `fal-ai/elevenlabs/voice-changer` (audio-to-audio)."""

    audio_url: str
    """Audio Url: string."""
    voice: str | Unset = UNSET
    """Voice: string. Server default: "Rachel"."""
    remove_background_noise: bool | Unset = UNSET
    """Remove Background Noise: boolean. Server default: false."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    output_format: ElevenlabsVoiceChangerInputOutputFormat | Unset = UNSET
    """Output Format: one of "mp3_22050_32", "mp3_44100_32", "mp3_44100_64", "mp3_44100_96",
    "mp3_44100_128", "mp3_44100_192", "pcm_8000", "pcm_16000", ... (19 values). Server default:
    "mp3_44100_128"."""

    def to_dict(self) -> dict[str, Any]:
        audio_url = self.audio_url

        voice = self.voice

        remove_background_noise = self.remove_background_noise

        seed = self.seed

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "audio_url": audio_url,
            }
        )
        if voice is not UNSET:
            field_dict["voice"] = voice
        if remove_background_noise is not UNSET:
            field_dict["remove_background_noise"] = remove_background_noise
        if seed is not UNSET:
            field_dict["seed"] = seed
        if output_format is not UNSET:
            field_dict["output_format"] = output_format

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        audio_url = d.pop("audio_url")

        voice = d.pop("voice", UNSET)

        remove_background_noise = d.pop("remove_background_noise", UNSET)

        seed = d.pop("seed", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: ElevenlabsVoiceChangerInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_elevenlabs_voice_changer_input_output_format(_output_format)

        elevenlabs_voice_changer_input = cls(
            audio_url=audio_url,
            voice=voice,
            remove_background_noise=remove_background_noise,
            seed=seed,
            output_format=output_format,
        )

        return elevenlabs_voice_changer_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.personaplex_input_voice import (
    PersonaplexInputVoice,
    check_personaplex_input_voice,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .personaplex_output import PersonaplexOutput  # noqa: F401


T = TypeVar("T", bound="PersonaplexInput")


@_attrs_define
class PersonaplexInput(FalInput["PersonaplexOutput"], endpoint="fal-ai/personaplex"):
    """Input of `fal-ai/personaplex` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript types):
    types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    audio_url: str
    """URL or local file."""
    prompt: str | Unset = UNSET
    """String. Server default: "You are a wise and friendly teacher. Answer questions or provide
    advice in a clear and engaging way."."""
    seed: float | Unset = UNSET
    """Number."""
    temperature_audio: float | Unset = UNSET
    """Number. Server default: 0.8."""
    temperature_text: float | Unset = UNSET
    """Number. Server default: 0.7."""
    top_k_audio: float | Unset = UNSET
    """Number. Server default: 250."""
    top_k_text: float | Unset = UNSET
    """Number. Server default: 25."""
    voice: PersonaplexInputVoice | Unset = UNSET
    """One of "NATF0", "NATF1", "NATF2", "NATF3", "NATM0", "NATM1", "NATM2", "NATM3", ... (18
    values). Server default: "NATF2"."""
    voice_audio_url: str | Unset = UNSET
    """URL or local file."""

    def to_dict(self) -> dict[str, Any]:
        audio_url = self.audio_url

        prompt = self.prompt

        seed = self.seed

        temperature_audio = self.temperature_audio

        temperature_text = self.temperature_text

        top_k_audio = self.top_k_audio

        top_k_text = self.top_k_text

        voice: str | Unset = UNSET
        if not isinstance(self.voice, Unset):
            voice = self.voice

        voice_audio_url = self.voice_audio_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "audio_url": audio_url,
            }
        )
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if seed is not UNSET:
            field_dict["seed"] = seed
        if temperature_audio is not UNSET:
            field_dict["temperature_audio"] = temperature_audio
        if temperature_text is not UNSET:
            field_dict["temperature_text"] = temperature_text
        if top_k_audio is not UNSET:
            field_dict["top_k_audio"] = top_k_audio
        if top_k_text is not UNSET:
            field_dict["top_k_text"] = top_k_text
        if voice is not UNSET:
            field_dict["voice"] = voice
        if voice_audio_url is not UNSET:
            field_dict["voice_audio_url"] = voice_audio_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        audio_url = d.pop("audio_url")

        prompt = d.pop("prompt", UNSET)

        seed = d.pop("seed", UNSET)

        temperature_audio = d.pop("temperature_audio", UNSET)

        temperature_text = d.pop("temperature_text", UNSET)

        top_k_audio = d.pop("top_k_audio", UNSET)

        top_k_text = d.pop("top_k_text", UNSET)

        _voice = d.pop("voice", UNSET)
        voice: PersonaplexInputVoice | Unset
        if isinstance(_voice, Unset):
            voice = UNSET
        else:
            voice = check_personaplex_input_voice(_voice)

        voice_audio_url = d.pop("voice_audio_url", UNSET)

        personaplex_input = cls(
            audio_url=audio_url,
            prompt=prompt,
            seed=seed,
            temperature_audio=temperature_audio,
            temperature_text=temperature_text,
            top_k_audio=top_k_audio,
            top_k_text=top_k_text,
            voice=voice,
            voice_audio_url=voice_audio_url,
        )

        return personaplex_input

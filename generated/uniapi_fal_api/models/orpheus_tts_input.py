from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.orpheus_tts_input_voice import (
    OrpheusTtsInputVoice,
    check_orpheus_tts_input_voice,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .orpheus_tts_output import OrpheusTtsOutput  # noqa: F401


T = TypeVar("T", bound="OrpheusTtsInput")


@_attrs_define
class OrpheusTtsInput(FalInput["OrpheusTtsOutput"], endpoint="fal-ai/orpheus-tts"):
    """Input of `fal-ai/orpheus-tts` (text-to-speech)."""

    text: str
    """Text: string."""
    voice: OrpheusTtsInputVoice | Unset = UNSET
    """Voice: one of "tara", "leah", "jess", "leo", "dan", "mia", "zac", "zoe". Server default:
    "tara"."""
    temperature: float | Unset = UNSET
    """Temperature: number, 0 to 2. Server default: 0.7."""
    repetition_penalty: float | Unset = UNSET
    """Repetition Penalty: number, 1.1 to 2. Server default: 1.2."""

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        voice: str | Unset = UNSET
        if not isinstance(self.voice, Unset):
            voice = self.voice

        temperature = self.temperature

        repetition_penalty = self.repetition_penalty

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "text": text,
            }
        )
        if voice is not UNSET:
            field_dict["voice"] = voice
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if repetition_penalty is not UNSET:
            field_dict["repetition_penalty"] = repetition_penalty

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text = d.pop("text")

        _voice = d.pop("voice", UNSET)
        voice: OrpheusTtsInputVoice | Unset
        if isinstance(_voice, Unset):
            voice = UNSET
        else:
            voice = check_orpheus_tts_input_voice(_voice)

        temperature = d.pop("temperature", UNSET)

        repetition_penalty = d.pop("repetition_penalty", UNSET)

        orpheus_tts_input = cls(
            text=text,
            voice=voice,
            temperature=temperature,
            repetition_penalty=repetition_penalty,
        )

        return orpheus_tts_input

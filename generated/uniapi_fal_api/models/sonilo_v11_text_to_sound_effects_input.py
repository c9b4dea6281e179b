from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.sonilo_v11_text_to_sound_effects_input_audio_format import (
    SoniloV11TextToSoundEffectsInputAudioFormat,
    check_sonilo_v11_text_to_sound_effects_input_audio_format,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .sonilo_v11_text_to_sound_effects_output import (
        SoniloV11TextToSoundEffectsOutput,  # noqa: F401
    )


T = TypeVar("T", bound="SoniloV11TextToSoundEffectsInput")


@_attrs_define
class SoniloV11TextToSoundEffectsInput(
    FalInput["SoniloV11TextToSoundEffectsOutput"], endpoint="sonilo/v1.1/text-to-sound-effects"
):
    """Input of `sonilo/v1.1/text-to-sound-effects` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    prompt: str
    """String."""
    audio_format: SoniloV11TextToSoundEffectsInputAudioFormat | Unset = UNSET
    """One of "wav", "mp3", "aac", "flac". Server default: "aac"."""
    duration: float | Unset = UNSET
    """Number. Server default: 8."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        audio_format: str | Unset = UNSET
        if not isinstance(self.audio_format, Unset):
            audio_format = self.audio_format

        duration = self.duration

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if audio_format is not UNSET:
            field_dict["audio_format"] = audio_format
        if duration is not UNSET:
            field_dict["duration"] = duration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        _audio_format = d.pop("audio_format", UNSET)
        audio_format: SoniloV11TextToSoundEffectsInputAudioFormat | Unset
        if isinstance(_audio_format, Unset):
            audio_format = UNSET
        else:
            audio_format = check_sonilo_v11_text_to_sound_effects_input_audio_format(_audio_format)

        duration = d.pop("duration", UNSET)

        sonilo_v11_text_to_sound_effects_input = cls(
            prompt=prompt,
            audio_format=audio_format,
            duration=duration,
        )

        return sonilo_v11_text_to_sound_effects_input

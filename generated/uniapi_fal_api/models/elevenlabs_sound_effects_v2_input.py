from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.elevenlabs_sound_effects_v2_input_output_format import (
    ElevenlabsSoundEffectsV2InputOutputFormat,
    check_elevenlabs_sound_effects_v2_input_output_format,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .elevenlabs_sound_effects_v2_output import ElevenlabsSoundEffectsV2Output  # noqa: F401


T = TypeVar("T", bound="ElevenlabsSoundEffectsV2Input")


@_attrs_define
class ElevenlabsSoundEffectsV2Input(
    FalInput["ElevenlabsSoundEffectsV2Output"], endpoint="fal-ai/elevenlabs/sound-effects/v2"
):
    """Input of `fal-ai/elevenlabs/sound-effects/v2` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    text: str
    """String."""
    duration_seconds: float | Unset = UNSET
    """Number."""
    loop: bool | Unset = UNSET
    """Boolean."""
    output_format: ElevenlabsSoundEffectsV2InputOutputFormat | Unset = UNSET
    """One of "mp3_22050_32", "mp3_44100_32", "mp3_44100_64", "mp3_44100_96", "mp3_44100_128",
    "mp3_44100_192", "pcm_8000", "pcm_16000", ... (19 values). Server default: "mp3_44100_128"."""
    prompt_influence: float | Unset = UNSET
    """Number. Server default: 0.3."""

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        duration_seconds = self.duration_seconds

        loop = self.loop

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        prompt_influence = self.prompt_influence

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "text": text,
            }
        )
        if duration_seconds is not UNSET:
            field_dict["duration_seconds"] = duration_seconds
        if loop is not UNSET:
            field_dict["loop"] = loop
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if prompt_influence is not UNSET:
            field_dict["prompt_influence"] = prompt_influence

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text = d.pop("text")

        duration_seconds = d.pop("duration_seconds", UNSET)

        loop = d.pop("loop", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: ElevenlabsSoundEffectsV2InputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_elevenlabs_sound_effects_v2_input_output_format(_output_format)

        prompt_influence = d.pop("prompt_influence", UNSET)

        elevenlabs_sound_effects_v2_input = cls(
            text=text,
            duration_seconds=duration_seconds,
            loop=loop,
            output_format=output_format,
            prompt_influence=prompt_influence,
        )

        return elevenlabs_sound_effects_v2_input

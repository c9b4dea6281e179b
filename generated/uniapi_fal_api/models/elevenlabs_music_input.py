from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.elevenlabs_music_input_output_format import (
    ElevenlabsMusicInputOutputFormat,
    check_elevenlabs_music_input_output_format,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.music_composition_plan import MusicCompositionPlan
    from .elevenlabs_music_output import ElevenlabsMusicOutput  # noqa: F401


T = TypeVar("T", bound="ElevenlabsMusicInput")


@_attrs_define
class ElevenlabsMusicInput(FalInput["ElevenlabsMusicOutput"], endpoint="fal-ai/elevenlabs/music"):
    """Input of `fal-ai/elevenlabs/music` (text-to-audio)."""

    prompt: None | str | Unset = UNSET
    """Prompt: string or None."""
    composition_plan: MusicCompositionPlan | None | Unset = UNSET
    """MusicCompositionPlan or None."""
    music_length_ms: int | None | Unset = UNSET
    """Music Length Ms: integer or None, 3,000 to 600,000."""
    force_instrumental: bool | Unset = UNSET
    """Force Instrumental: boolean. Server default: false."""
    respect_sections_durations: bool | Unset = UNSET
    """Respect Sections Durations: boolean. Server default: true."""
    output_format: ElevenlabsMusicInputOutputFormat | Unset = UNSET
    """Output Format: one of "mp3_22050_32", "mp3_44100_32", "mp3_44100_64", "mp3_44100_96",
    "mp3_44100_128", "mp3_44100_192", "pcm_8000", "pcm_16000", ... (19 values). Server default:
    "mp3_44100_128"."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.music_composition_plan import MusicCompositionPlan  # noqa: PLC0415

        prompt: None | str | Unset
        if isinstance(self.prompt, Unset):
            prompt = UNSET
        else:
            prompt = self.prompt

        composition_plan: dict[str, Any] | None | Unset
        if isinstance(self.composition_plan, Unset):
            composition_plan = UNSET
        elif isinstance(self.composition_plan, MusicCompositionPlan):
            composition_plan = self.composition_plan.to_dict()
        else:
            composition_plan = self.composition_plan

        music_length_ms: int | None | Unset
        if isinstance(self.music_length_ms, Unset):
            music_length_ms = UNSET
        else:
            music_length_ms = self.music_length_ms

        force_instrumental = self.force_instrumental

        respect_sections_durations = self.respect_sections_durations

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if composition_plan is not UNSET:
            field_dict["composition_plan"] = composition_plan
        if music_length_ms is not UNSET:
            field_dict["music_length_ms"] = music_length_ms
        if force_instrumental is not UNSET:
            field_dict["force_instrumental"] = force_instrumental
        if respect_sections_durations is not UNSET:
            field_dict["respect_sections_durations"] = respect_sections_durations
        if output_format is not UNSET:
            field_dict["output_format"] = output_format

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.music_composition_plan import MusicCompositionPlan  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prompt = _parse_prompt(d.pop("prompt", UNSET))

        def _parse_composition_plan(data: object) -> MusicCompositionPlan | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                composition_plan_type_0 = MusicCompositionPlan.from_dict(data)

                return composition_plan_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MusicCompositionPlan | None | Unset, data)

        composition_plan = _parse_composition_plan(d.pop("composition_plan", UNSET))

        def _parse_music_length_ms(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        music_length_ms = _parse_music_length_ms(d.pop("music_length_ms", UNSET))

        force_instrumental = d.pop("force_instrumental", UNSET)

        respect_sections_durations = d.pop("respect_sections_durations", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: ElevenlabsMusicInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_elevenlabs_music_input_output_format(_output_format)

        elevenlabs_music_input = cls(
            prompt=prompt,
            composition_plan=composition_plan,
            music_length_ms=music_length_ms,
            force_instrumental=force_instrumental,
            respect_sections_durations=respect_sections_durations,
            output_format=output_format,
        )

        return elevenlabs_music_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.diffrhythm_input_music_duration import (
    DiffrhythmInputMusicDuration,
    check_diffrhythm_input_music_duration,
)
from ..models.diffrhythm_input_scheduler import (
    DiffrhythmInputScheduler,
    check_diffrhythm_input_scheduler,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .diffrhythm_output import DiffrhythmOutput  # noqa: F401


T = TypeVar("T", bound="DiffrhythmInput")


@_attrs_define
class DiffrhythmInput(FalInput["DiffrhythmOutput"], endpoint="fal-ai/diffrhythm"):
    """Input of `fal-ai/diffrhythm` (text-to-audio)."""

    lyrics: str
    """Lyrics: string."""
    reference_audio_url: str | Unset = UNSET
    """Reference Audio URL: string."""
    style_prompt: str | Unset = UNSET
    """Style Prompt: string."""
    music_duration: DiffrhythmInputMusicDuration | Unset = UNSET
    """Music Duration: one of "95s", "285s". Server default: "95s"."""
    cfg_strength: float | Unset = UNSET
    """CFG Strength: number, 1 to 10. Server default: 4."""
    scheduler: DiffrhythmInputScheduler | Unset = UNSET
    """Scheduler: one of "euler", "midpoint", "rk4", "implicit_adams". Server default: "euler"."""
    num_inference_steps: int | Unset = UNSET
    """Number of Inference Steps: integer, 10 to 100. Server default: 32."""

    def to_dict(self) -> dict[str, Any]:
        lyrics = self.lyrics

        reference_audio_url = self.reference_audio_url

        style_prompt = self.style_prompt

        music_duration: str | Unset = UNSET
        if not isinstance(self.music_duration, Unset):
            music_duration = self.music_duration

        cfg_strength = self.cfg_strength

        scheduler: str | Unset = UNSET
        if not isinstance(self.scheduler, Unset):
            scheduler = self.scheduler

        num_inference_steps = self.num_inference_steps

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "lyrics": lyrics,
            }
        )
        if reference_audio_url is not UNSET:
            field_dict["reference_audio_url"] = reference_audio_url
        if style_prompt is not UNSET:
            field_dict["style_prompt"] = style_prompt
        if music_duration is not UNSET:
            field_dict["music_duration"] = music_duration
        if cfg_strength is not UNSET:
            field_dict["cfg_strength"] = cfg_strength
        if scheduler is not UNSET:
            field_dict["scheduler"] = scheduler
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        lyrics = d.pop("lyrics")

        reference_audio_url = d.pop("reference_audio_url", UNSET)

        style_prompt = d.pop("style_prompt", UNSET)

        _music_duration = d.pop("music_duration", UNSET)
        music_duration: DiffrhythmInputMusicDuration | Unset
        if isinstance(_music_duration, Unset):
            music_duration = UNSET
        else:
            music_duration = check_diffrhythm_input_music_duration(_music_duration)

        cfg_strength = d.pop("cfg_strength", UNSET)

        _scheduler = d.pop("scheduler", UNSET)
        scheduler: DiffrhythmInputScheduler | Unset
        if isinstance(_scheduler, Unset):
            scheduler = UNSET
        else:
            scheduler = check_diffrhythm_input_scheduler(_scheduler)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        diffrhythm_input = cls(
            lyrics=lyrics,
            reference_audio_url=reference_audio_url,
            style_prompt=style_prompt,
            music_duration=music_duration,
            cfg_strength=cfg_strength,
            scheduler=scheduler,
            num_inference_steps=num_inference_steps,
        )

        return diffrhythm_input

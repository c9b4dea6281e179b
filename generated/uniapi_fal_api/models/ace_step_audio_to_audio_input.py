from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.ace_step_audio_to_audio_input_edit_mode import (
    AceStepAudioToAudioInputEditMode,
    check_ace_step_audio_to_audio_input_edit_mode,
)
from ..models.ace_step_audio_to_audio_input_guidance_type import (
    AceStepAudioToAudioInputGuidanceType,
    check_ace_step_audio_to_audio_input_guidance_type,
)
from ..models.ace_step_audio_to_audio_input_scheduler import (
    AceStepAudioToAudioInputScheduler,
    check_ace_step_audio_to_audio_input_scheduler,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .ace_step_audio_to_audio_output import AceStepAudioToAudioOutput  # noqa: F401


T = TypeVar("T", bound="AceStepAudioToAudioInput")


@_attrs_define
class AceStepAudioToAudioInput(
    FalInput["AceStepAudioToAudioOutput"], endpoint="fal-ai/ace-step/audio-to-audio"
):
    """Input of `fal-ai/ace-step/audio-to-audio` (audio-to-audio)."""

    audio_url: str
    """Audio Url: string."""
    original_tags: str
    """Original Tags: string."""
    tags: str
    """Tags: string."""
    edit_mode: AceStepAudioToAudioInputEditMode | Unset = UNSET
    """Edit Mode: one of "lyrics", "remix". Server default: "remix"."""
    original_lyrics: str | Unset = UNSET
    """Original Lyrics: string. Server default: ""."""
    lyrics: str | Unset = UNSET
    """Lyrics: string. Server default: ""."""
    number_of_steps: int | Unset = UNSET
    """Number Of Steps: integer, 3 to 60. Server default: 27."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    scheduler: AceStepAudioToAudioInputScheduler | Unset = UNSET
    """Scheduler: one of "euler", "heun". Server default: "euler"."""
    guidance_type: AceStepAudioToAudioInputGuidanceType | Unset = UNSET
    """Guidance Type: one of "cfg", "apg", "cfg_star". Server default: "apg"."""
    granularity_scale: int | Unset = UNSET
    """Granularity Scale: integer, -100 to 100. Server default: 10."""
    guidance_interval: float | Unset = UNSET
    """Guidance Interval: number, 0 to 1. Server default: 0.5."""
    guidance_interval_decay: float | Unset = UNSET
    """Guidance Interval Decay: number, 0 to 1. Server default: 0."""
    guidance_scale: float | Unset = UNSET
    """Guidance Scale: number, 0 to 200. Server default: 15."""
    minimum_guidance_scale: float | Unset = UNSET
    """Minimum Guidance Scale: number, 0 to 200. Server default: 3."""
    tag_guidance_scale: float | Unset = UNSET
    """Tag Guidance Scale: number, 0 to 10. Server default: 5."""
    lyric_guidance_scale: float | Unset = UNSET
    """Lyric Guidance Scale: number, 0 to 10. Server default: 1.5."""
    original_seed: int | Unset = UNSET
    """Original Seed: integer."""

    def to_dict(self) -> dict[str, Any]:
        audio_url = self.audio_url

        original_tags = self.original_tags

        tags = self.tags

        edit_mode: str | Unset = UNSET
        if not isinstance(self.edit_mode, Unset):
            edit_mode = self.edit_mode

        original_lyrics = self.original_lyrics

        lyrics = self.lyrics

        number_of_steps = self.number_of_steps

        seed = self.seed

        scheduler: str | Unset = UNSET
        if not isinstance(self.scheduler, Unset):
            scheduler = self.scheduler

        guidance_type: str | Unset = UNSET
        if not isinstance(self.guidance_type, Unset):
            guidance_type = self.guidance_type

        granularity_scale = self.granularity_scale

        guidance_interval = self.guidance_interval

        guidance_interval_decay = self.guidance_interval_decay

        guidance_scale = self.guidance_scale

        minimum_guidance_scale = self.minimum_guidance_scale

        tag_guidance_scale = self.tag_guidance_scale

        lyric_guidance_scale = self.lyric_guidance_scale

        original_seed = self.original_seed

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "audio_url": audio_url,
                "original_tags": original_tags,
                "tags": tags,
            }
        )
        if edit_mode is not UNSET:
            field_dict["edit_mode"] = edit_mode
        if original_lyrics is not UNSET:
            field_dict["original_lyrics"] = original_lyrics
        if lyrics is not UNSET:
            field_dict["lyrics"] = lyrics
        if number_of_steps is not UNSET:
            field_dict["number_of_steps"] = number_of_steps
        if seed is not UNSET:
            field_dict["seed"] = seed
        if scheduler is not UNSET:
            field_dict["scheduler"] = scheduler
        if guidance_type is not UNSET:
            field_dict["guidance_type"] = guidance_type
        if granularity_scale is not UNSET:
            field_dict["granularity_scale"] = granularity_scale
        if guidance_interval is not UNSET:
            field_dict["guidance_interval"] = guidance_interval
        if guidance_interval_decay is not UNSET:
            field_dict["guidance_interval_decay"] = guidance_interval_decay
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if minimum_guidance_scale is not UNSET:
            field_dict["minimum_guidance_scale"] = minimum_guidance_scale
        if tag_guidance_scale is not UNSET:
            field_dict["tag_guidance_scale"] = tag_guidance_scale
        if lyric_guidance_scale is not UNSET:
            field_dict["lyric_guidance_scale"] = lyric_guidance_scale
        if original_seed is not UNSET:
            field_dict["original_seed"] = original_seed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        audio_url = d.pop("audio_url")

        original_tags = d.pop("original_tags")

        tags = d.pop("tags")

        _edit_mode = d.pop("edit_mode", UNSET)
        edit_mode: AceStepAudioToAudioInputEditMode | Unset
        if isinstance(_edit_mode, Unset):
            edit_mode = UNSET
        else:
            edit_mode = check_ace_step_audio_to_audio_input_edit_mode(_edit_mode)

        original_lyrics = d.pop("original_lyrics", UNSET)

        lyrics = d.pop("lyrics", UNSET)

        number_of_steps = d.pop("number_of_steps", UNSET)

        seed = d.pop("seed", UNSET)

        _scheduler = d.pop("scheduler", UNSET)
        scheduler: AceStepAudioToAudioInputScheduler | Unset
        if isinstance(_scheduler, Unset):
            scheduler = UNSET
        else:
            scheduler = check_ace_step_audio_to_audio_input_scheduler(_scheduler)

        _guidance_type = d.pop("guidance_type", UNSET)
        guidance_type: AceStepAudioToAudioInputGuidanceType | Unset
        if isinstance(_guidance_type, Unset):
            guidance_type = UNSET
        else:
            guidance_type = check_ace_step_audio_to_audio_input_guidance_type(_guidance_type)

        granularity_scale = d.pop("granularity_scale", UNSET)

        guidance_interval = d.pop("guidance_interval", UNSET)

        guidance_interval_decay = d.pop("guidance_interval_decay", UNSET)

        guidance_scale = d.pop("guidance_scale", UNSET)

        minimum_guidance_scale = d.pop("minimum_guidance_scale", UNSET)

        tag_guidance_scale = d.pop("tag_guidance_scale", UNSET)

        lyric_guidance_scale = d.pop("lyric_guidance_scale", UNSET)

        original_seed = d.pop("original_seed", UNSET)

        ace_step_audio_to_audio_input = cls(
            audio_url=audio_url,
            original_tags=original_tags,
            tags=tags,
            edit_mode=edit_mode,
            original_lyrics=original_lyrics,
            lyrics=lyrics,
            number_of_steps=number_of_steps,
            seed=seed,
            scheduler=scheduler,
            guidance_type=guidance_type,
            granularity_scale=granularity_scale,
            guidance_interval=guidance_interval,
            guidance_interval_decay=guidance_interval_decay,
            guidance_scale=guidance_scale,
            minimum_guidance_scale=minimum_guidance_scale,
            tag_guidance_scale=tag_guidance_scale,
            lyric_guidance_scale=lyric_guidance_scale,
            original_seed=original_seed,
        )

        return ace_step_audio_to_audio_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.ace_step_audio_inpaint_input_end_time_relative_to import (
    AceStepAudioInpaintInputEndTimeRelativeTo,
    check_ace_step_audio_inpaint_input_end_time_relative_to,
)
from ..models.ace_step_audio_inpaint_input_guidance_type import (
    AceStepAudioInpaintInputGuidanceType,
    check_ace_step_audio_inpaint_input_guidance_type,
)
from ..models.ace_step_audio_inpaint_input_scheduler import (
    AceStepAudioInpaintInputScheduler,
    check_ace_step_audio_inpaint_input_scheduler,
)
from ..models.ace_step_audio_inpaint_input_start_time_relative_to import (
    AceStepAudioInpaintInputStartTimeRelativeTo,
    check_ace_step_audio_inpaint_input_start_time_relative_to,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .ace_step_audio_inpaint_output import AceStepAudioInpaintOutput  # noqa: F401


T = TypeVar("T", bound="AceStepAudioInpaintInput")


@_attrs_define
class AceStepAudioInpaintInput(
    FalInput["AceStepAudioInpaintOutput"], endpoint="fal-ai/ace-step/audio-inpaint"
):
    """Input of `fal-ai/ace-step/audio-inpaint` (audio-to-audio)."""

    audio_url: str
    """Audio Url: string."""
    tags: str
    """Tags: string."""
    start_time_relative_to: AceStepAudioInpaintInputStartTimeRelativeTo | Unset = UNSET
    """Start Time Relative To: one of "start", "end". Server default: "start"."""
    start_time: float | Unset = UNSET
    """Start Time: number, 0 to 240. Server default: 0."""
    end_time_relative_to: AceStepAudioInpaintInputEndTimeRelativeTo | Unset = UNSET
    """End Time Relative To: one of "start", "end". Server default: "start"."""
    end_time: float | Unset = UNSET
    """End Time: number, 0 to 240. Server default: 30."""
    lyrics: str | Unset = UNSET
    """Lyrics: string. Server default: ""."""
    variance: float | Unset = UNSET
    """Variance: number, 0 to 1. Server default: 0.5."""
    number_of_steps: int | Unset = UNSET
    """Number Of Steps: integer, 3 to 60. Server default: 27."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    scheduler: AceStepAudioInpaintInputScheduler | Unset = UNSET
    """Scheduler: one of "euler", "heun". Server default: "euler"."""
    guidance_type: AceStepAudioInpaintInputGuidanceType | Unset = UNSET
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

    def to_dict(self) -> dict[str, Any]:
        audio_url = self.audio_url

        tags = self.tags

        start_time_relative_to: str | Unset = UNSET
        if not isinstance(self.start_time_relative_to, Unset):
            start_time_relative_to = self.start_time_relative_to

        start_time = self.start_time

        end_time_relative_to: str | Unset = UNSET
        if not isinstance(self.end_time_relative_to, Unset):
            end_time_relative_to = self.end_time_relative_to

        end_time = self.end_time

        lyrics = self.lyrics

        variance = self.variance

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

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "audio_url": audio_url,
                "tags": tags,
            }
        )
        if start_time_relative_to is not UNSET:
            field_dict["start_time_relative_to"] = start_time_relative_to
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time_relative_to is not UNSET:
            field_dict["end_time_relative_to"] = end_time_relative_to
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if lyrics is not UNSET:
            field_dict["lyrics"] = lyrics
        if variance is not UNSET:
            field_dict["variance"] = variance
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        audio_url = d.pop("audio_url")

        tags = d.pop("tags")

        _start_time_relative_to = d.pop("start_time_relative_to", UNSET)
        start_time_relative_to: AceStepAudioInpaintInputStartTimeRelativeTo | Unset
        if isinstance(_start_time_relative_to, Unset):
            start_time_relative_to = UNSET
        else:
            start_time_relative_to = check_ace_step_audio_inpaint_input_start_time_relative_to(
                _start_time_relative_to
            )

        start_time = d.pop("start_time", UNSET)

        _end_time_relative_to = d.pop("end_time_relative_to", UNSET)
        end_time_relative_to: AceStepAudioInpaintInputEndTimeRelativeTo | Unset
        if isinstance(_end_time_relative_to, Unset):
            end_time_relative_to = UNSET
        else:
            end_time_relative_to = check_ace_step_audio_inpaint_input_end_time_relative_to(
                _end_time_relative_to
            )

        end_time = d.pop("end_time", UNSET)

        lyrics = d.pop("lyrics", UNSET)

        variance = d.pop("variance", UNSET)

        number_of_steps = d.pop("number_of_steps", UNSET)

        seed = d.pop("seed", UNSET)

        _scheduler = d.pop("scheduler", UNSET)
        scheduler: AceStepAudioInpaintInputScheduler | Unset
        if isinstance(_scheduler, Unset):
            scheduler = UNSET
        else:
            scheduler = check_ace_step_audio_inpaint_input_scheduler(_scheduler)

        _guidance_type = d.pop("guidance_type", UNSET)
        guidance_type: AceStepAudioInpaintInputGuidanceType | Unset
        if isinstance(_guidance_type, Unset):
            guidance_type = UNSET
        else:
            guidance_type = check_ace_step_audio_inpaint_input_guidance_type(_guidance_type)

        granularity_scale = d.pop("granularity_scale", UNSET)

        guidance_interval = d.pop("guidance_interval", UNSET)

        guidance_interval_decay = d.pop("guidance_interval_decay", UNSET)

        guidance_scale = d.pop("guidance_scale", UNSET)

        minimum_guidance_scale = d.pop("minimum_guidance_scale", UNSET)

        tag_guidance_scale = d.pop("tag_guidance_scale", UNSET)

        lyric_guidance_scale = d.pop("lyric_guidance_scale", UNSET)

        ace_step_audio_inpaint_input = cls(
            audio_url=audio_url,
            tags=tags,
            start_time_relative_to=start_time_relative_to,
            start_time=start_time,
            end_time_relative_to=end_time_relative_to,
            end_time=end_time,
            lyrics=lyrics,
            variance=variance,
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
        )

        return ace_step_audio_inpaint_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .mirelo_ai_sfx_v15_video_to_audio_output import (
        MireloAiSfxV15VideoToAudioOutput,  # noqa: F401
    )


T = TypeVar("T", bound="MireloAiSfxV15VideoToAudioInput")


@_attrs_define
class MireloAiSfxV15VideoToAudioInput(
    FalInput["MireloAiSfxV15VideoToAudioOutput"], endpoint="mirelo-ai/sfx-v1.5/video-to-audio"
):
    """Input of `mirelo-ai/sfx-v1.5/video-to-audio` (video-to-audio)."""

    video_url: str
    """Video Url: string, 1 to 2,083 characters."""
    text_prompt: None | str | Unset = UNSET
    """Text Prompt: string or None."""
    num_samples: int | None | Unset = UNSET
    """Num Samples: integer or None, 2 to 8. Server default: 2."""
    seed: int | None | Unset = UNSET
    """Seed: integer or None, at least 1. Server default: 8069."""
    duration: float | None | Unset = UNSET
    """Duration: number or None, 1 to 10. Server default: 10."""
    start_offset: float | None | Unset = UNSET
    """Start Offset: number or None, at least 0. Server default: 0."""

    def to_dict(self) -> dict[str, Any]:
        video_url = self.video_url

        text_prompt: None | str | Unset
        if isinstance(self.text_prompt, Unset):
            text_prompt = UNSET
        else:
            text_prompt = self.text_prompt

        num_samples: int | None | Unset
        if isinstance(self.num_samples, Unset):
            num_samples = UNSET
        else:
            num_samples = self.num_samples

        seed: int | None | Unset
        if isinstance(self.seed, Unset):
            seed = UNSET
        else:
            seed = self.seed

        duration: float | None | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        start_offset: float | None | Unset
        if isinstance(self.start_offset, Unset):
            start_offset = UNSET
        else:
            start_offset = self.start_offset

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "video_url": video_url,
            }
        )
        if text_prompt is not UNSET:
            field_dict["text_prompt"] = text_prompt
        if num_samples is not UNSET:
            field_dict["num_samples"] = num_samples
        if seed is not UNSET:
            field_dict["seed"] = seed
        if duration is not UNSET:
            field_dict["duration"] = duration
        if start_offset is not UNSET:
            field_dict["start_offset"] = start_offset

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        video_url = d.pop("video_url")

        def _parse_text_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        text_prompt = _parse_text_prompt(d.pop("text_prompt", UNSET))

        def _parse_num_samples(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        num_samples = _parse_num_samples(d.pop("num_samples", UNSET))

        def _parse_seed(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        seed = _parse_seed(d.pop("seed", UNSET))

        def _parse_duration(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        duration = _parse_duration(d.pop("duration", UNSET))

        def _parse_start_offset(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        start_offset = _parse_start_offset(d.pop("start_offset", UNSET))

        mirelo_ai_sfx_v15_video_to_audio_input = cls(
            video_url=video_url,
            text_prompt=text_prompt,
            num_samples=num_samples,
            seed=seed,
            duration=duration,
            start_offset=start_offset,
        )

        return mirelo_ai_sfx_v15_video_to_audio_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .beatoven_music_generation_output import BeatovenMusicGenerationOutput  # noqa: F401


T = TypeVar("T", bound="BeatovenMusicGenerationInput")


@_attrs_define
class BeatovenMusicGenerationInput(
    FalInput["BeatovenMusicGenerationOutput"], endpoint="beatoven/music-generation"
):
    """Input of `beatoven/music-generation` (text-to-audio). fal no longer lists this endpoint."""

    prompt: str
    """Prompt: string."""
    negative_prompt: str | Unset = UNSET
    """Negative Prompt: string. Server default: ""."""
    duration: float | Unset = UNSET
    """Duration: number, 5 to 150. Server default: 90."""
    refinement: int | Unset = UNSET
    """Refinement: integer, 10 to 200. Server default: 100."""
    creativity: float | Unset = UNSET
    """Creativity: number, 1 to 20. Server default: 16."""
    seed: int | None | Unset = UNSET
    """Seed: integer or None, 0 to 2,147,483,647."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        negative_prompt = self.negative_prompt

        duration = self.duration

        refinement = self.refinement

        creativity = self.creativity

        seed: int | None | Unset
        if isinstance(self.seed, Unset):
            seed = UNSET
        else:
            seed = self.seed

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if duration is not UNSET:
            field_dict["duration"] = duration
        if refinement is not UNSET:
            field_dict["refinement"] = refinement
        if creativity is not UNSET:
            field_dict["creativity"] = creativity
        if seed is not UNSET:
            field_dict["seed"] = seed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        negative_prompt = d.pop("negative_prompt", UNSET)

        duration = d.pop("duration", UNSET)

        refinement = d.pop("refinement", UNSET)

        creativity = d.pop("creativity", UNSET)

        def _parse_seed(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        seed = _parse_seed(d.pop("seed", UNSET))

        beatoven_music_generation_input = cls(
            prompt=prompt,
            negative_prompt=negative_prompt,
            duration=duration,
            refinement=refinement,
            creativity=creativity,
            seed=seed,
        )

        return beatoven_music_generation_input

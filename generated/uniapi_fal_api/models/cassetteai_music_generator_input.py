from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput

if TYPE_CHECKING:
    from .cassetteai_music_generator_output import CassetteaiMusicGeneratorOutput  # noqa: F401


T = TypeVar("T", bound="CassetteaiMusicGeneratorInput")


@_attrs_define
class CassetteaiMusicGeneratorInput(
    FalInput["CassetteaiMusicGeneratorOutput"], endpoint="cassetteai/music-generator"
):
    """Input of `cassetteai/music-generator` (text-to-audio)."""

    prompt: str
    """Prompt: string."""
    duration: int
    """Duration: integer, 10 to 180."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        duration = self.duration

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
                "duration": duration,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        duration = d.pop("duration")

        cassetteai_music_generator_input = cls(
            prompt=prompt,
            duration=duration,
        )

        return cassetteai_music_generator_input

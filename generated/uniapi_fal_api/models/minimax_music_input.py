from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput

if TYPE_CHECKING:
    from .minimax_music_output import MinimaxMusicOutput  # noqa: F401


T = TypeVar("T", bound="MinimaxMusicInput")


@_attrs_define
class MinimaxMusicInput(FalInput["MinimaxMusicOutput"], endpoint="fal-ai/minimax-music"):
    """Input of `fal-ai/minimax-music` (text-to-audio)."""

    prompt: str
    """Prompt: string, 1 to 600 characters."""
    reference_audio_url: str
    """Reference Audio Url: string."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        reference_audio_url = self.reference_audio_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
                "reference_audio_url": reference_audio_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        reference_audio_url = d.pop("reference_audio_url")

        minimax_music_input = cls(
            prompt=prompt,
            reference_audio_url=reference_audio_url,
        )

        return minimax_music_input

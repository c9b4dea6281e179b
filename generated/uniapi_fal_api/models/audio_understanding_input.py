from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .audio_understanding_output import AudioUnderstandingOutput  # noqa: F401


T = TypeVar("T", bound="AudioUnderstandingInput")


@_attrs_define
class AudioUnderstandingInput(
    FalInput["AudioUnderstandingOutput"], endpoint="fal-ai/audio-understanding"
):
    """Input of `fal-ai/audio-understanding` (audio-to-audio)."""

    audio_url: str
    """Audio Url: string."""
    prompt: str
    """Prompt: string, 1 to 10,000 characters."""
    detailed_analysis: bool | Unset = UNSET
    """Detailed Analysis: boolean. Server default: false."""

    def to_dict(self) -> dict[str, Any]:
        audio_url = self.audio_url

        prompt = self.prompt

        detailed_analysis = self.detailed_analysis

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "audio_url": audio_url,
                "prompt": prompt,
            }
        )
        if detailed_analysis is not UNSET:
            field_dict["detailed_analysis"] = detailed_analysis

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        audio_url = d.pop("audio_url")

        prompt = d.pop("prompt")

        detailed_analysis = d.pop("detailed_analysis", UNSET)

        audio_understanding_input = cls(
            audio_url=audio_url,
            prompt=prompt,
            detailed_analysis=detailed_analysis,
        )

        return audio_understanding_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .sonilo_v11_text_to_music_output import SoniloV11TextToMusicOutput  # noqa: F401


T = TypeVar("T", bound="SoniloV11TextToMusicInput")


@_attrs_define
class SoniloV11TextToMusicInput(
    FalInput["SoniloV11TextToMusicOutput"], endpoint="sonilo/v1.1/text-to-music"
):
    """Input of `sonilo/v1.1/text-to-music` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript
    types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    prompt: str
    """String."""
    duration: float | Unset = UNSET
    """Number. Server default: 90."""
    num_samples: float | Unset = UNSET
    """Number. Server default: 1."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        duration = self.duration

        num_samples = self.num_samples

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if duration is not UNSET:
            field_dict["duration"] = duration
        if num_samples is not UNSET:
            field_dict["num_samples"] = num_samples

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        duration = d.pop("duration", UNSET)

        num_samples = d.pop("num_samples", UNSET)

        sonilo_v11_text_to_music_input = cls(
            prompt=prompt,
            duration=duration,
            num_samples=num_samples,
        )

        return sonilo_v11_text_to_music_input

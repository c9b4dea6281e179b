from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .stable_audio_output import StableAudioOutput  # noqa: F401


T = TypeVar("T", bound="StableAudioInput")


@_attrs_define
class StableAudioInput(FalInput["StableAudioOutput"], endpoint="fal-ai/stable-audio"):
    """Input of `fal-ai/stable-audio` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript
    types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    prompt: str
    """String."""
    seconds_start: float | Unset = UNSET
    """Number."""
    seconds_total: float | Unset = UNSET
    """Number. Server default: 30."""
    steps: float | Unset = UNSET
    """Number. Server default: 100."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        seconds_start = self.seconds_start

        seconds_total = self.seconds_total

        steps = self.steps

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if seconds_start is not UNSET:
            field_dict["seconds_start"] = seconds_start
        if seconds_total is not UNSET:
            field_dict["seconds_total"] = seconds_total
        if steps is not UNSET:
            field_dict["steps"] = steps

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        seconds_start = d.pop("seconds_start", UNSET)

        seconds_total = d.pop("seconds_total", UNSET)

        steps = d.pop("steps", UNSET)

        stable_audio_input = cls(
            prompt=prompt,
            seconds_start=seconds_start,
            seconds_total=seconds_total,
            steps=steps,
        )

        return stable_audio_input

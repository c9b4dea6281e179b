from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.minimax_hailuo_02_standard_text_to_video_input_duration import (
    MinimaxHailuo02StandardTextToVideoInputDuration,
    check_minimax_hailuo_02_standard_text_to_video_input_duration,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .minimax_hailuo_02_standard_text_to_video_output import (
        MinimaxHailuo02StandardTextToVideoOutput,  # noqa: F401
    )


T = TypeVar("T", bound="MinimaxHailuo02StandardTextToVideoInput")


@_attrs_define
class MinimaxHailuo02StandardTextToVideoInput(
    FalInput["MinimaxHailuo02StandardTextToVideoOutput"],
    endpoint="fal-ai/minimax/hailuo-02/standard/text-to-video",
):
    """Input of `fal-ai/minimax/hailuo-02/standard/text-to-video` (text-to-video)."""

    prompt: str
    """Prompt: string, 1 to 2,000 characters."""
    duration: MinimaxHailuo02StandardTextToVideoInputDuration | Unset = UNSET
    """Duration: one of "6", "10". Server default: "6"."""
    prompt_optimizer: bool | Unset = UNSET
    """Prompt Optimizer: boolean. Server default: true."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        duration: str | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

        prompt_optimizer = self.prompt_optimizer

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if duration is not UNSET:
            field_dict["duration"] = duration
        if prompt_optimizer is not UNSET:
            field_dict["prompt_optimizer"] = prompt_optimizer

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        _duration = d.pop("duration", UNSET)
        duration: MinimaxHailuo02StandardTextToVideoInputDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_minimax_hailuo_02_standard_text_to_video_input_duration(_duration)

        prompt_optimizer = d.pop("prompt_optimizer", UNSET)

        minimax_hailuo_02_standard_text_to_video_input = cls(
            prompt=prompt,
            duration=duration,
            prompt_optimizer=prompt_optimizer,
        )

        return minimax_hailuo_02_standard_text_to_video_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.minimax_hailuo_23_standard_image_to_video_input_duration import (
    MinimaxHailuo23StandardImageToVideoInputDuration,
    check_minimax_hailuo_23_standard_image_to_video_input_duration,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .minimax_hailuo_23_standard_image_to_video_output import (
        MinimaxHailuo23StandardImageToVideoOutput,  # noqa: F401
    )


T = TypeVar("T", bound="MinimaxHailuo23StandardImageToVideoInput")


@_attrs_define
class MinimaxHailuo23StandardImageToVideoInput(
    FalInput["MinimaxHailuo23StandardImageToVideoOutput"],
    endpoint="fal-ai/minimax/hailuo-2.3/standard/image-to-video",
):
    """Input of `fal-ai/minimax/hailuo-2.3/standard/image-to-video` (image-to-video)."""

    prompt: str
    """Prompt: string, 1 to 2,000 characters."""
    image_url: str
    """Image Url: string."""
    prompt_optimizer: bool | Unset = UNSET
    """Prompt Optimizer: boolean. Server default: true."""
    duration: MinimaxHailuo23StandardImageToVideoInputDuration | Unset = UNSET
    """Duration: one of "6", "10". Server default: "6"."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        image_url = self.image_url

        prompt_optimizer = self.prompt_optimizer

        duration: str | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
                "image_url": image_url,
            }
        )
        if prompt_optimizer is not UNSET:
            field_dict["prompt_optimizer"] = prompt_optimizer
        if duration is not UNSET:
            field_dict["duration"] = duration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        image_url = d.pop("image_url")

        prompt_optimizer = d.pop("prompt_optimizer", UNSET)

        _duration = d.pop("duration", UNSET)
        duration: MinimaxHailuo23StandardImageToVideoInputDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_minimax_hailuo_23_standard_image_to_video_input_duration(_duration)

        minimax_hailuo_23_standard_image_to_video_input = cls(
            prompt=prompt,
            image_url=image_url,
            prompt_optimizer=prompt_optimizer,
            duration=duration,
        )

        return minimax_hailuo_23_standard_image_to_video_input

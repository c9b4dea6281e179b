from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.minimax_hailuo_02_fast_image_to_video_input_duration import (
    MinimaxHailuo02FastImageToVideoInputDuration,
    check_minimax_hailuo_02_fast_image_to_video_input_duration,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .minimax_hailuo_02_fast_image_to_video_output import (
        MinimaxHailuo02FastImageToVideoOutput,  # noqa: F401
    )


T = TypeVar("T", bound="MinimaxHailuo02FastImageToVideoInput")


@_attrs_define
class MinimaxHailuo02FastImageToVideoInput(
    FalInput["MinimaxHailuo02FastImageToVideoOutput"],
    endpoint="fal-ai/minimax/hailuo-02-fast/image-to-video",
):
    """Input of `fal-ai/minimax/hailuo-02-fast/image-to-video` (image-to-video)."""

    prompt: str
    """Prompt: string, at most 2,000 characters."""
    image_url: str
    """Image Url: string."""
    duration: MinimaxHailuo02FastImageToVideoInputDuration | Unset = UNSET
    """Duration: one of "6", "10". Server default: "6"."""
    prompt_optimizer: bool | Unset = UNSET
    """Prompt Optimizer: boolean. Server default: true."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        image_url = self.image_url

        duration: str | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

        prompt_optimizer = self.prompt_optimizer

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
                "image_url": image_url,
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

        image_url = d.pop("image_url")

        _duration = d.pop("duration", UNSET)
        duration: MinimaxHailuo02FastImageToVideoInputDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_minimax_hailuo_02_fast_image_to_video_input_duration(_duration)

        prompt_optimizer = d.pop("prompt_optimizer", UNSET)

        minimax_hailuo_02_fast_image_to_video_input = cls(
            prompt=prompt,
            image_url=image_url,
            duration=duration,
            prompt_optimizer=prompt_optimizer,
        )

        return minimax_hailuo_02_fast_image_to_video_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .minimax_video_01_live_image_to_video_output import (
        MinimaxVideo01LiveImageToVideoOutput,  # noqa: F401
    )


T = TypeVar("T", bound="MinimaxVideo01LiveImageToVideoInput")


@_attrs_define
class MinimaxVideo01LiveImageToVideoInput(
    FalInput["MinimaxVideo01LiveImageToVideoOutput"],
    endpoint="fal-ai/minimax/video-01-live/image-to-video",
):
    """Input of `fal-ai/minimax/video-01-live/image-to-video` (image-to-video)."""

    prompt: str
    """Prompt: string, at most 2,000 characters."""
    image_url: str
    """Image Url: string."""
    prompt_optimizer: bool | Unset = UNSET
    """Prompt Optimizer: boolean. Server default: true."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        image_url = self.image_url

        prompt_optimizer = self.prompt_optimizer

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
                "image_url": image_url,
            }
        )
        if prompt_optimizer is not UNSET:
            field_dict["prompt_optimizer"] = prompt_optimizer

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        image_url = d.pop("image_url")

        prompt_optimizer = d.pop("prompt_optimizer", UNSET)

        minimax_video_01_live_image_to_video_input = cls(
            prompt=prompt,
            image_url=image_url,
            prompt_optimizer=prompt_optimizer,
        )

        return minimax_video_01_live_image_to_video_input

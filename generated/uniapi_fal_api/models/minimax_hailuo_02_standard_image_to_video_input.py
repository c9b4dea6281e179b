from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.minimax_hailuo_02_standard_image_to_video_input_duration import (
    MinimaxHailuo02StandardImageToVideoInputDuration,
    check_minimax_hailuo_02_standard_image_to_video_input_duration,
)
from ..models.minimax_hailuo_02_standard_image_to_video_input_resolution import (
    MinimaxHailuo02StandardImageToVideoInputResolution,
    check_minimax_hailuo_02_standard_image_to_video_input_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .minimax_hailuo_02_standard_image_to_video_output import (
        MinimaxHailuo02StandardImageToVideoOutput,  # noqa: F401
    )


T = TypeVar("T", bound="MinimaxHailuo02StandardImageToVideoInput")


@_attrs_define
class MinimaxHailuo02StandardImageToVideoInput(
    FalInput["MinimaxHailuo02StandardImageToVideoOutput"],
    endpoint="fal-ai/minimax/hailuo-02/standard/image-to-video",
):
    """Input of `fal-ai/minimax/hailuo-02/standard/image-to-video` (image-to-video)."""

    prompt: str
    """Prompt: string, at most 2,000 characters."""
    image_url: str
    """Image Url: string."""
    duration: MinimaxHailuo02StandardImageToVideoInputDuration | Unset = UNSET
    """Duration: one of "6", "10". Server default: "6"."""
    prompt_optimizer: bool | Unset = UNSET
    """Prompt Optimizer: boolean. Server default: true."""
    resolution: MinimaxHailuo02StandardImageToVideoInputResolution | Unset = UNSET
    """Resolution: one of "512P", "768P". Server default: "768P"."""
    end_image_url: str | Unset = UNSET
    """End Image Url: string."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        image_url = self.image_url

        duration: str | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

        prompt_optimizer = self.prompt_optimizer

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        end_image_url = self.end_image_url

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
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if end_image_url is not UNSET:
            field_dict["end_image_url"] = end_image_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        image_url = d.pop("image_url")

        _duration = d.pop("duration", UNSET)
        duration: MinimaxHailuo02StandardImageToVideoInputDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_minimax_hailuo_02_standard_image_to_video_input_duration(_duration)

        prompt_optimizer = d.pop("prompt_optimizer", UNSET)

        _resolution = d.pop("resolution", UNSET)
        resolution: MinimaxHailuo02StandardImageToVideoInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_minimax_hailuo_02_standard_image_to_video_input_resolution(
                _resolution
            )

        end_image_url = d.pop("end_image_url", UNSET)

        minimax_hailuo_02_standard_image_to_video_input = cls(
            prompt=prompt,
            image_url=image_url,
            duration=duration,
            prompt_optimizer=prompt_optimizer,
            resolution=resolution,
            end_image_url=end_image_url,
        )

        return minimax_hailuo_02_standard_image_to_video_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.minimax_h3_text_to_video_input_aspect_ratio import (
    MinimaxH3TextToVideoInputAspectRatio,
    check_minimax_h3_text_to_video_input_aspect_ratio,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .minimax_h3_text_to_video_output import MinimaxH3TextToVideoOutput  # noqa: F401


T = TypeVar("T", bound="MinimaxH3TextToVideoInput")


@_attrs_define
class MinimaxH3TextToVideoInput(
    FalInput["MinimaxH3TextToVideoOutput"], endpoint="minimax/h3/text-to-video"
):
    """Input of `minimax/h3/text-to-video` (text-to-video). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    prompt: str
    """String."""
    aspect_ratio: MinimaxH3TextToVideoInputAspectRatio | Unset = UNSET
    """One of "21:9", "16:9", "4:3", "1:1", "3:4", "9:16". Server default: "16:9"."""
    duration: float | Unset = UNSET
    """Number. Server default: 5."""
    resolution: str | Unset = UNSET
    """String. Server default: "2K"."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        duration = self.duration

        resolution = self.resolution

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if duration is not UNSET:
            field_dict["duration"] = duration
        if resolution is not UNSET:
            field_dict["resolution"] = resolution

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: MinimaxH3TextToVideoInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_minimax_h3_text_to_video_input_aspect_ratio(_aspect_ratio)

        duration = d.pop("duration", UNSET)

        resolution = d.pop("resolution", UNSET)

        minimax_h3_text_to_video_input = cls(
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            duration=duration,
            resolution=resolution,
        )

        return minimax_h3_text_to_video_input

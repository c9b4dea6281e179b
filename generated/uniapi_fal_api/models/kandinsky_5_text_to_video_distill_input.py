from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.kandinsky_5_text_to_video_distill_input_aspect_ratio import (
    Kandinsky5TextToVideoDistillInputAspectRatio,
    check_kandinsky_5_text_to_video_distill_input_aspect_ratio,
)
from ..models.kandinsky_5_text_to_video_distill_input_duration import (
    Kandinsky5TextToVideoDistillInputDuration,
    check_kandinsky_5_text_to_video_distill_input_duration,
)
from ..models.kandinsky_5_text_to_video_distill_input_resolution import (
    Kandinsky5TextToVideoDistillInputResolution,
    check_kandinsky_5_text_to_video_distill_input_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .kandinsky_5_text_to_video_distill_output import (
        Kandinsky5TextToVideoDistillOutput,  # noqa: F401
    )


T = TypeVar("T", bound="Kandinsky5TextToVideoDistillInput")


@_attrs_define
class Kandinsky5TextToVideoDistillInput(
    FalInput["Kandinsky5TextToVideoDistillOutput"],
    endpoint="fal-ai/kandinsky5/text-to-video/distill",
):
    """Input of `fal-ai/kandinsky5/text-to-video/distill` (text-to-video)."""

    prompt: str
    """Prompt: string."""
    resolution: Kandinsky5TextToVideoDistillInputResolution | Unset = UNSET
    """Resolution: one of "768x512". Server default: "768x512"."""
    aspect_ratio: Kandinsky5TextToVideoDistillInputAspectRatio | Unset = UNSET
    """Aspect Ratio: one of "3:2", "1:1", "2:3". Server default: "3:2"."""
    duration: Kandinsky5TextToVideoDistillInputDuration | Unset = UNSET
    """Duration: one of "5s", "10s". Server default: "5s"."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        duration: str | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if duration is not UNSET:
            field_dict["duration"] = duration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        _resolution = d.pop("resolution", UNSET)
        resolution: Kandinsky5TextToVideoDistillInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_kandinsky_5_text_to_video_distill_input_resolution(_resolution)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: Kandinsky5TextToVideoDistillInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_kandinsky_5_text_to_video_distill_input_aspect_ratio(_aspect_ratio)

        _duration = d.pop("duration", UNSET)
        duration: Kandinsky5TextToVideoDistillInputDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_kandinsky_5_text_to_video_distill_input_duration(_duration)

        kandinsky_5_text_to_video_distill_input = cls(
            prompt=prompt,
            resolution=resolution,
            aspect_ratio=aspect_ratio,
            duration=duration,
        )

        return kandinsky_5_text_to_video_distill_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.pika_v22_text_to_video_input_aspect_ratio import (
    PikaV22TextToVideoInputAspectRatio,
    check_pika_v22_text_to_video_input_aspect_ratio,
)
from ..models.pika_v22_text_to_video_input_duration import (
    PikaV22TextToVideoInputDuration,
    check_pika_v22_text_to_video_input_duration,
)
from ..models.pika_v22_text_to_video_input_resolution import (
    PikaV22TextToVideoInputResolution,
    check_pika_v22_text_to_video_input_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .pika_v22_text_to_video_output import PikaV22TextToVideoOutput  # noqa: F401


T = TypeVar("T", bound="PikaV22TextToVideoInput")


@_attrs_define
class PikaV22TextToVideoInput(
    FalInput["PikaV22TextToVideoOutput"], endpoint="fal-ai/pika/v2.2/text-to-video"
):
    """Input of `fal-ai/pika/v2.2/text-to-video` (text-to-video)."""

    prompt: str
    """Prompt: string."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    negative_prompt: str | Unset = UNSET
    """Negative Prompt: string. Server default: "ugly, bad, terrible"."""
    aspect_ratio: PikaV22TextToVideoInputAspectRatio | Unset = UNSET
    """Aspect Ratio: one of "16:9", "9:16", "1:1", "4:5", "5:4", "3:2", "2:3". Server default:
    "16:9"."""
    resolution: PikaV22TextToVideoInputResolution | Unset = UNSET
    """Resolution: one of "1080p", "720p". Server default: "720p"."""
    duration: PikaV22TextToVideoInputDuration | Unset = UNSET
    """Duration: one of 5, 10. Server default: 5."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        seed = self.seed

        negative_prompt = self.negative_prompt

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        duration: int | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if seed is not UNSET:
            field_dict["seed"] = seed
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if duration is not UNSET:
            field_dict["duration"] = duration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        seed = d.pop("seed", UNSET)

        negative_prompt = d.pop("negative_prompt", UNSET)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: PikaV22TextToVideoInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_pika_v22_text_to_video_input_aspect_ratio(_aspect_ratio)

        _resolution = d.pop("resolution", UNSET)
        resolution: PikaV22TextToVideoInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_pika_v22_text_to_video_input_resolution(_resolution)

        _duration = d.pop("duration", UNSET)
        duration: PikaV22TextToVideoInputDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_pika_v22_text_to_video_input_duration(_duration)

        pika_v22_text_to_video_input = cls(
            prompt=prompt,
            seed=seed,
            negative_prompt=negative_prompt,
            aspect_ratio=aspect_ratio,
            resolution=resolution,
            duration=duration,
        )

        return pika_v22_text_to_video_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.pika_v2_turbo_text_to_video_input_aspect_ratio import (
    PikaV2TurboTextToVideoInputAspectRatio,
    check_pika_v2_turbo_text_to_video_input_aspect_ratio,
)
from ..models.pika_v2_turbo_text_to_video_input_resolution import (
    PikaV2TurboTextToVideoInputResolution,
    check_pika_v2_turbo_text_to_video_input_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .pika_v2_turbo_text_to_video_output import PikaV2TurboTextToVideoOutput  # noqa: F401


T = TypeVar("T", bound="PikaV2TurboTextToVideoInput")


@_attrs_define
class PikaV2TurboTextToVideoInput(
    FalInput["PikaV2TurboTextToVideoOutput"], endpoint="fal-ai/pika/v2/turbo/text-to-video"
):
    """Input of `fal-ai/pika/v2/turbo/text-to-video` (text-to-video)."""

    prompt: str
    """Prompt: string."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    negative_prompt: str | Unset = UNSET
    """Negative Prompt: string. Server default: ""."""
    aspect_ratio: PikaV2TurboTextToVideoInputAspectRatio | Unset = UNSET
    """Aspect Ratio: one of "16:9", "9:16", "1:1", "4:5", "5:4", "3:2", "2:3". Server default:
    "16:9"."""
    resolution: PikaV2TurboTextToVideoInputResolution | Unset = UNSET
    """Resolution: one of "720p", "1080p". Server default: "720p"."""
    duration: int | Unset = UNSET
    """Duration: integer. Server default: 5."""

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
        aspect_ratio: PikaV2TurboTextToVideoInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_pika_v2_turbo_text_to_video_input_aspect_ratio(_aspect_ratio)

        _resolution = d.pop("resolution", UNSET)
        resolution: PikaV2TurboTextToVideoInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_pika_v2_turbo_text_to_video_input_resolution(_resolution)

        duration = d.pop("duration", UNSET)

        pika_v2_turbo_text_to_video_input = cls(
            prompt=prompt,
            seed=seed,
            negative_prompt=negative_prompt,
            aspect_ratio=aspect_ratio,
            resolution=resolution,
            duration=duration,
        )

        return pika_v2_turbo_text_to_video_input

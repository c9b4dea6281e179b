from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.pika_v21_image_to_video_input_resolution import (
    PikaV21ImageToVideoInputResolution,
    check_pika_v21_image_to_video_input_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .pika_v21_image_to_video_output import PikaV21ImageToVideoOutput  # noqa: F401


T = TypeVar("T", bound="PikaV21ImageToVideoInput")


@_attrs_define
class PikaV21ImageToVideoInput(
    FalInput["PikaV21ImageToVideoOutput"], endpoint="fal-ai/pika/v2.1/image-to-video"
):
    """Input of `fal-ai/pika/v2.1/image-to-video` (image-to-video)."""

    image_url: str
    """Image Url: string."""
    prompt: str
    """Prompt: string."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    negative_prompt: str | Unset = UNSET
    """Negative Prompt: string. Server default: ""."""
    resolution: PikaV21ImageToVideoInputResolution | Unset = UNSET
    """Resolution: one of "720p", "1080p". Server default: "720p"."""
    duration: int | Unset = UNSET
    """Duration: integer. Server default: 5."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        prompt = self.prompt

        seed = self.seed

        negative_prompt = self.negative_prompt

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        duration = self.duration

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
                "prompt": prompt,
            }
        )
        if seed is not UNSET:
            field_dict["seed"] = seed
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if duration is not UNSET:
            field_dict["duration"] = duration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        prompt = d.pop("prompt")

        seed = d.pop("seed", UNSET)

        negative_prompt = d.pop("negative_prompt", UNSET)

        _resolution = d.pop("resolution", UNSET)
        resolution: PikaV21ImageToVideoInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_pika_v21_image_to_video_input_resolution(_resolution)

        duration = d.pop("duration", UNSET)

        pika_v21_image_to_video_input = cls(
            image_url=image_url,
            prompt=prompt,
            seed=seed,
            negative_prompt=negative_prompt,
            resolution=resolution,
            duration=duration,
        )

        return pika_v21_image_to_video_input

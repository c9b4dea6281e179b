from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .pika_v2_pikadditions_output import PikaV2PikadditionsOutput  # noqa: F401


T = TypeVar("T", bound="PikaV2PikadditionsInput")


@_attrs_define
class PikaV2PikadditionsInput(
    FalInput["PikaV2PikadditionsOutput"], endpoint="fal-ai/pika/v2/pikadditions"
):
    """Input of `fal-ai/pika/v2/pikadditions` (video-to-video). fal no longer lists this endpoint."""

    video_url: str
    """Video Url: string."""
    image_url: str
    """Image Url: string."""
    prompt: str | Unset = UNSET
    """Prompt: string."""
    negative_prompt: str | Unset = UNSET
    """Negative Prompt: string."""
    seed: int | Unset = UNSET
    """Seed: integer."""

    def to_dict(self) -> dict[str, Any]:
        video_url = self.video_url

        image_url = self.image_url

        prompt = self.prompt

        negative_prompt = self.negative_prompt

        seed = self.seed

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "video_url": video_url,
                "image_url": image_url,
            }
        )
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if seed is not UNSET:
            field_dict["seed"] = seed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        video_url = d.pop("video_url")

        image_url = d.pop("image_url")

        prompt = d.pop("prompt", UNSET)

        negative_prompt = d.pop("negative_prompt", UNSET)

        seed = d.pop("seed", UNSET)

        pika_v2_pikadditions_input = cls(
            video_url=video_url,
            image_url=image_url,
            prompt=prompt,
            negative_prompt=negative_prompt,
            seed=seed,
        )

        return pika_v2_pikadditions_input

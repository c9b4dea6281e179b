from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.scail_input_resolution import (
    ScailInputResolution,
    check_scail_input_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .scail_output import ScailOutput  # noqa: F401


T = TypeVar("T", bound="ScailInput")


@_attrs_define
class ScailInput(FalInput["ScailOutput"], endpoint="fal-ai/scail"):
    """Input of `fal-ai/scail` (video-to-video). fal no longer lists this endpoint."""

    prompt: str
    """Prompt: string."""
    image_url: str
    """Image Url: string."""
    video_url: str
    """Video Url: string."""
    multi_character: bool | Unset = UNSET
    """Multi Character: boolean. Server default: false."""
    resolution: ScailInputResolution | Unset = UNSET
    """Resolution: one of "512p". Server default: "512p"."""
    num_inference_steps: int | Unset = UNSET
    """Num Inference Steps: integer, 2 to 30. Server default: 28."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        image_url = self.image_url

        video_url = self.video_url

        multi_character = self.multi_character

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        num_inference_steps = self.num_inference_steps

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
                "image_url": image_url,
                "video_url": video_url,
            }
        )
        if multi_character is not UNSET:
            field_dict["multi_character"] = multi_character
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        image_url = d.pop("image_url")

        video_url = d.pop("video_url")

        multi_character = d.pop("multi_character", UNSET)

        _resolution = d.pop("resolution", UNSET)
        resolution: ScailInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_scail_input_resolution(_resolution)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        scail_input = cls(
            prompt=prompt,
            image_url=image_url,
            video_url=video_url,
            multi_character=multi_character,
            resolution=resolution,
            num_inference_steps=num_inference_steps,
        )

        return scail_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.one_to_all_animation_13b_input_resolution import (
    OneToAllAnimation13BInputResolution,
    check_one_to_all_animation_13b_input_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .one_to_all_animation_13b_output import OneToAllAnimation13BOutput  # noqa: F401


T = TypeVar("T", bound="OneToAllAnimation13BInput")


@_attrs_define
class OneToAllAnimation13BInput(
    FalInput["OneToAllAnimation13BOutput"], endpoint="fal-ai/one-to-all-animation/1.3b"
):
    """Input of `fal-ai/one-to-all-animation/1.3b` (video-to-video)."""

    prompt: str
    """Prompt: string."""
    negative_prompt: str
    """Negative Prompt: string."""
    image_url: str
    """Image Url: string."""
    video_url: str
    """Video Url: string."""
    resolution: OneToAllAnimation13BInputResolution | Unset = UNSET
    """Resolution: one of "480p", "580p", "720p". Server default: "480p"."""
    num_inference_steps: int | Unset = UNSET
    """Num Inference Steps: integer, 2 to 30. Server default: 30."""
    image_guidance_scale: float | Unset = UNSET
    """Image Guidance Scale: number, 1 to 10. Server default: 2."""
    pose_guidance_scale: float | Unset = UNSET
    """Pose Guidance Scale: number, 1 to 10. Server default: 1.5."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        negative_prompt = self.negative_prompt

        image_url = self.image_url

        video_url = self.video_url

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        num_inference_steps = self.num_inference_steps

        image_guidance_scale = self.image_guidance_scale

        pose_guidance_scale = self.pose_guidance_scale

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image_url": image_url,
                "video_url": video_url,
            }
        )
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if image_guidance_scale is not UNSET:
            field_dict["image_guidance_scale"] = image_guidance_scale
        if pose_guidance_scale is not UNSET:
            field_dict["pose_guidance_scale"] = pose_guidance_scale

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        negative_prompt = d.pop("negative_prompt")

        image_url = d.pop("image_url")

        video_url = d.pop("video_url")

        _resolution = d.pop("resolution", UNSET)
        resolution: OneToAllAnimation13BInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_one_to_all_animation_13b_input_resolution(_resolution)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        image_guidance_scale = d.pop("image_guidance_scale", UNSET)

        pose_guidance_scale = d.pop("pose_guidance_scale", UNSET)

        one_to_all_animation_13b_input = cls(
            prompt=prompt,
            negative_prompt=negative_prompt,
            image_url=image_url,
            video_url=video_url,
            resolution=resolution,
            num_inference_steps=num_inference_steps,
            image_guidance_scale=image_guidance_scale,
            pose_guidance_scale=pose_guidance_scale,
        )

        return one_to_all_animation_13b_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.magi_image_to_video_input_aspect_ratio import (
    MagiImageToVideoInputAspectRatio,
    check_magi_image_to_video_input_aspect_ratio,
)
from ..models.magi_image_to_video_input_num_inference_steps import (
    MagiImageToVideoInputNumInferenceSteps,
    check_magi_image_to_video_input_num_inference_steps,
)
from ..models.magi_image_to_video_input_resolution import (
    MagiImageToVideoInputResolution,
    check_magi_image_to_video_input_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .magi_image_to_video_output import MagiImageToVideoOutput  # noqa: F401


T = TypeVar("T", bound="MagiImageToVideoInput")


@_attrs_define
class MagiImageToVideoInput(
    FalInput["MagiImageToVideoOutput"], endpoint="fal-ai/magi/image-to-video"
):
    """Input of `fal-ai/magi/image-to-video` (image-to-video). fal no longer lists this endpoint."""

    prompt: str
    """Prompt: string."""
    image_url: str
    """Image Url: string."""
    num_frames: int | Unset = UNSET
    """Num Frames: integer, 96 to 192. Server default: 96."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    resolution: MagiImageToVideoInputResolution | Unset = UNSET
    """Resolution: one of "480p", "720p". Server default: "720p"."""
    num_inference_steps: MagiImageToVideoInputNumInferenceSteps | Unset = UNSET
    """Num Inference Steps: one of 4, 8, 16, 32, 64. Server default: 16."""
    enable_safety_checker: bool | Unset = UNSET
    """Enable Safety Checker: boolean. Server default: true."""
    aspect_ratio: MagiImageToVideoInputAspectRatio | Unset = UNSET
    """Aspect Ratio: one of "auto", "16:9", "9:16", "1:1". Server default: "auto"."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        image_url = self.image_url

        num_frames = self.num_frames

        seed = self.seed

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        num_inference_steps: int | Unset = UNSET
        if not isinstance(self.num_inference_steps, Unset):
            num_inference_steps = self.num_inference_steps

        enable_safety_checker = self.enable_safety_checker

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
                "image_url": image_url,
            }
        )
        if num_frames is not UNSET:
            field_dict["num_frames"] = num_frames
        if seed is not UNSET:
            field_dict["seed"] = seed
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        image_url = d.pop("image_url")

        num_frames = d.pop("num_frames", UNSET)

        seed = d.pop("seed", UNSET)

        _resolution = d.pop("resolution", UNSET)
        resolution: MagiImageToVideoInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_magi_image_to_video_input_resolution(_resolution)

        _num_inference_steps = d.pop("num_inference_steps", UNSET)
        num_inference_steps: MagiImageToVideoInputNumInferenceSteps | Unset
        if isinstance(_num_inference_steps, Unset):
            num_inference_steps = UNSET
        else:
            num_inference_steps = check_magi_image_to_video_input_num_inference_steps(
                _num_inference_steps
            )

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: MagiImageToVideoInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_magi_image_to_video_input_aspect_ratio(_aspect_ratio)

        magi_image_to_video_input = cls(
            prompt=prompt,
            image_url=image_url,
            num_frames=num_frames,
            seed=seed,
            resolution=resolution,
            num_inference_steps=num_inference_steps,
            enable_safety_checker=enable_safety_checker,
            aspect_ratio=aspect_ratio,
        )

        return magi_image_to_video_input

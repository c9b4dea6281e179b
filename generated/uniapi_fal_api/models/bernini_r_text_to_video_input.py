from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.bernini_r_text_to_video_input_acceleration import (
    BerniniRTextToVideoInputAcceleration,
    check_bernini_r_text_to_video_input_acceleration,
)
from ..models.bernini_r_text_to_video_input_aspect_ratio import (
    BerniniRTextToVideoInputAspectRatio,
    check_bernini_r_text_to_video_input_aspect_ratio,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .bernini_r_text_to_video_output import BerniniRTextToVideoOutput  # noqa: F401


T = TypeVar("T", bound="BerniniRTextToVideoInput")


@_attrs_define
class BerniniRTextToVideoInput(
    FalInput["BerniniRTextToVideoOutput"], endpoint="fal-ai/bernini-r/text-to-video"
):
    """Input of `fal-ai/bernini-r/text-to-video` (text-to-video). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    prompt: str
    """String."""
    acceleration: BerniniRTextToVideoInputAcceleration | Unset = UNSET
    """One of "none", "regular". Server default: "none"."""
    aspect_ratio: BerniniRTextToVideoInputAspectRatio | Unset = UNSET
    """One of "16:9", "9:16", "1:1". Server default: "16:9"."""
    enable_prompt_expansion: bool | Unset = UNSET
    """Boolean."""
    frames_per_second: float | Unset = UNSET
    """Number. Server default: 16."""
    max_image_size: float | Unset = UNSET
    """Number. Server default: 848."""
    negative_prompt: str | Unset = UNSET
    """String."""
    num_frames: float | Unset = UNSET
    """Number. Server default: 81."""
    num_inference_steps: float | Unset = UNSET
    """Number. Server default: 30."""
    seed: float | Unset = UNSET
    """Number."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        acceleration: str | Unset = UNSET
        if not isinstance(self.acceleration, Unset):
            acceleration = self.acceleration

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        enable_prompt_expansion = self.enable_prompt_expansion

        frames_per_second = self.frames_per_second

        max_image_size = self.max_image_size

        negative_prompt = self.negative_prompt

        num_frames = self.num_frames

        num_inference_steps = self.num_inference_steps

        seed = self.seed

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if acceleration is not UNSET:
            field_dict["acceleration"] = acceleration
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if enable_prompt_expansion is not UNSET:
            field_dict["enable_prompt_expansion"] = enable_prompt_expansion
        if frames_per_second is not UNSET:
            field_dict["frames_per_second"] = frames_per_second
        if max_image_size is not UNSET:
            field_dict["max_image_size"] = max_image_size
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if num_frames is not UNSET:
            field_dict["num_frames"] = num_frames
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if seed is not UNSET:
            field_dict["seed"] = seed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        _acceleration = d.pop("acceleration", UNSET)
        acceleration: BerniniRTextToVideoInputAcceleration | Unset
        if isinstance(_acceleration, Unset):
            acceleration = UNSET
        else:
            acceleration = check_bernini_r_text_to_video_input_acceleration(_acceleration)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: BerniniRTextToVideoInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_bernini_r_text_to_video_input_aspect_ratio(_aspect_ratio)

        enable_prompt_expansion = d.pop("enable_prompt_expansion", UNSET)

        frames_per_second = d.pop("frames_per_second", UNSET)

        max_image_size = d.pop("max_image_size", UNSET)

        negative_prompt = d.pop("negative_prompt", UNSET)

        num_frames = d.pop("num_frames", UNSET)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        seed = d.pop("seed", UNSET)

        bernini_r_text_to_video_input = cls(
            prompt=prompt,
            acceleration=acceleration,
            aspect_ratio=aspect_ratio,
            enable_prompt_expansion=enable_prompt_expansion,
            frames_per_second=frames_per_second,
            max_image_size=max_image_size,
            negative_prompt=negative_prompt,
            num_frames=num_frames,
            num_inference_steps=num_inference_steps,
            seed=seed,
        )

        return bernini_r_text_to_video_input

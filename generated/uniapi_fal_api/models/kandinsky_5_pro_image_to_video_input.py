from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.kandinsky_5_pro_image_to_video_input_acceleration import (
    Kandinsky5ProImageToVideoInputAcceleration,
    check_kandinsky_5_pro_image_to_video_input_acceleration,
)
from ..models.kandinsky_5_pro_image_to_video_input_duration import (
    Kandinsky5ProImageToVideoInputDuration,
    check_kandinsky_5_pro_image_to_video_input_duration,
)
from ..models.kandinsky_5_pro_image_to_video_input_resolution import (
    Kandinsky5ProImageToVideoInputResolution,
    check_kandinsky_5_pro_image_to_video_input_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .kandinsky_5_pro_image_to_video_output import Kandinsky5ProImageToVideoOutput  # noqa: F401


T = TypeVar("T", bound="Kandinsky5ProImageToVideoInput")


@_attrs_define
class Kandinsky5ProImageToVideoInput(
    FalInput["Kandinsky5ProImageToVideoOutput"], endpoint="fal-ai/kandinsky5-pro/image-to-video"
):
    """Input of `fal-ai/kandinsky5-pro/image-to-video` (image-to-video)."""

    prompt: str
    """Prompt: string."""
    image_url: str
    """Image Url: string."""
    resolution: Kandinsky5ProImageToVideoInputResolution | Unset = UNSET
    """Resolution: one of "512P", "1024P". Server default: "512P"."""
    duration: Kandinsky5ProImageToVideoInputDuration | Unset = UNSET
    """Duration: one of "5s". Server default: "5s"."""
    num_inference_steps: int | Unset = UNSET
    """Num Inference Steps: integer, 1 to 40. Server default: 28."""
    acceleration: Kandinsky5ProImageToVideoInputAcceleration | Unset = UNSET
    """Acceleration: one of "none", "regular". Server default: "regular"."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        image_url = self.image_url

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        duration: str | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

        num_inference_steps = self.num_inference_steps

        acceleration: str | Unset = UNSET
        if not isinstance(self.acceleration, Unset):
            acceleration = self.acceleration

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
                "image_url": image_url,
            }
        )
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if duration is not UNSET:
            field_dict["duration"] = duration
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if acceleration is not UNSET:
            field_dict["acceleration"] = acceleration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        image_url = d.pop("image_url")

        _resolution = d.pop("resolution", UNSET)
        resolution: Kandinsky5ProImageToVideoInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_kandinsky_5_pro_image_to_video_input_resolution(_resolution)

        _duration = d.pop("duration", UNSET)
        duration: Kandinsky5ProImageToVideoInputDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_kandinsky_5_pro_image_to_video_input_duration(_duration)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        _acceleration = d.pop("acceleration", UNSET)
        acceleration: Kandinsky5ProImageToVideoInputAcceleration | Unset
        if isinstance(_acceleration, Unset):
            acceleration = UNSET
        else:
            acceleration = check_kandinsky_5_pro_image_to_video_input_acceleration(_acceleration)

        kandinsky_5_pro_image_to_video_input = cls(
            prompt=prompt,
            image_url=image_url,
            resolution=resolution,
            duration=duration,
            num_inference_steps=num_inference_steps,
            acceleration=acceleration,
        )

        return kandinsky_5_pro_image_to_video_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.image_editing_time_of_day_input_aspect_ratio import (
    ImageEditingTimeOfDayInputAspectRatio,
    check_image_editing_time_of_day_input_aspect_ratio,
)
from ..models.image_editing_time_of_day_input_output_format import (
    ImageEditingTimeOfDayInputOutputFormat,
    check_image_editing_time_of_day_input_output_format,
)
from ..models.image_editing_time_of_day_input_safety_tolerance import (
    ImageEditingTimeOfDayInputSafetyTolerance,
    check_image_editing_time_of_day_input_safety_tolerance,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .image_editing_time_of_day_output import ImageEditingTimeOfDayOutput  # noqa: F401


T = TypeVar("T", bound="ImageEditingTimeOfDayInput")


@_attrs_define
class ImageEditingTimeOfDayInput(
    FalInput["ImageEditingTimeOfDayOutput"], endpoint="fal-ai/image-editing/time-of-day"
):
    """Input of `fal-ai/image-editing/time-of-day` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    aspect_ratio: ImageEditingTimeOfDayInputAspectRatio | Unset = UNSET
    """One of "21:9", "16:9", "4:3", "3:2", "1:1", "2:3", "3:4", "9:16", ... (9 values)."""
    guidance_scale: float | Unset = UNSET
    """Number. Server default: 3.5."""
    num_inference_steps: float | Unset = UNSET
    """Number. Server default: 30."""
    output_format: ImageEditingTimeOfDayInputOutputFormat | Unset = UNSET
    """One of "jpeg", "png". Server default: "jpeg"."""
    prompt: str | Unset = UNSET
    """String. Server default: "golden hour"."""
    safety_tolerance: ImageEditingTimeOfDayInputSafetyTolerance | Unset = UNSET
    """One of "1", "2", "3", "4", "5", "6". Server default: "2"."""
    seed: float | Unset = UNSET
    """Number."""
    sync_mode: bool | Unset = UNSET
    """Boolean."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        guidance_scale = self.guidance_scale

        num_inference_steps = self.num_inference_steps

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        prompt = self.prompt

        safety_tolerance: str | Unset = UNSET
        if not isinstance(self.safety_tolerance, Unset):
            safety_tolerance = self.safety_tolerance

        seed = self.seed

        sync_mode = self.sync_mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if safety_tolerance is not UNSET:
            field_dict["safety_tolerance"] = safety_tolerance
        if seed is not UNSET:
            field_dict["seed"] = seed
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: ImageEditingTimeOfDayInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_image_editing_time_of_day_input_aspect_ratio(_aspect_ratio)

        guidance_scale = d.pop("guidance_scale", UNSET)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: ImageEditingTimeOfDayInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_image_editing_time_of_day_input_output_format(_output_format)

        prompt = d.pop("prompt", UNSET)

        _safety_tolerance = d.pop("safety_tolerance", UNSET)
        safety_tolerance: ImageEditingTimeOfDayInputSafetyTolerance | Unset
        if isinstance(_safety_tolerance, Unset):
            safety_tolerance = UNSET
        else:
            safety_tolerance = check_image_editing_time_of_day_input_safety_tolerance(
                _safety_tolerance
            )

        seed = d.pop("seed", UNSET)

        sync_mode = d.pop("sync_mode", UNSET)

        image_editing_time_of_day_input = cls(
            image_url=image_url,
            aspect_ratio=aspect_ratio,
            guidance_scale=guidance_scale,
            num_inference_steps=num_inference_steps,
            output_format=output_format,
            prompt=prompt,
            safety_tolerance=safety_tolerance,
            seed=seed,
            sync_mode=sync_mode,
        )

        return image_editing_time_of_day_input

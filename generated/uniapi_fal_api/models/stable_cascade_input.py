from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.stable_cascade_input_image_size_type_1 import (
    StableCascadeInputImageSizeType1,
    check_stable_cascade_input_image_size_type_1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_size import ImageSize
    from .stable_cascade_output import StableCascadeOutput  # noqa: F401


T = TypeVar("T", bound="StableCascadeInput")


@_attrs_define
class StableCascadeInput(FalInput["StableCascadeOutput"], endpoint="fal-ai/stable-cascade"):
    """Input of `fal-ai/stable-cascade` (text-to-image)."""

    prompt: str
    """Prompt: string."""
    negative_prompt: str | Unset = UNSET
    """Negative Prompt: string. Server default: ""."""
    first_stage_steps: int | Unset = UNSET
    """First Stage Steps: integer, 4 to 40. Server default: 20."""
    second_stage_steps: int | Unset = UNSET
    """Second Stage Steps: integer, 4 to 24. Server default: 10."""
    guidance_scale: float | Unset = UNSET
    """Guidance scale (CFG): number, 0 to 20. Server default: 4."""
    second_stage_guidance_scale: float | Unset = UNSET
    """Decoder Guidance scale (CFG): number, 0 to 20. Server default: 0."""
    image_size: ImageSize | StableCascadeInputImageSizeType1 | Unset = UNSET
    """Image Size: ImageSize or one of "square_hd", "square", "portrait_4_3", "portrait_16_9",
    "landscape_4_3", "landscape_16_9". Server default: "square_hd"."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    enable_safety_checker: bool | Unset = UNSET
    """Enable Safety Checker: boolean. Server default: true."""
    num_images: int | Unset = UNSET
    """Num Images: integer, 1 to 4. Server default: 1."""
    sync_mode: bool | Unset = UNSET
    """Sync Mode: boolean. Server default: false."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.image_size import ImageSize  # noqa: PLC0415

        prompt = self.prompt

        negative_prompt = self.negative_prompt

        first_stage_steps = self.first_stage_steps

        second_stage_steps = self.second_stage_steps

        guidance_scale = self.guidance_scale

        second_stage_guidance_scale = self.second_stage_guidance_scale

        image_size: dict[str, Any] | str | Unset
        if isinstance(self.image_size, Unset):
            image_size = UNSET
        elif isinstance(self.image_size, ImageSize):
            image_size = self.image_size.to_dict()
        else:
            image_size = self.image_size

        seed = self.seed

        enable_safety_checker = self.enable_safety_checker

        num_images = self.num_images

        sync_mode = self.sync_mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if first_stage_steps is not UNSET:
            field_dict["first_stage_steps"] = first_stage_steps
        if second_stage_steps is not UNSET:
            field_dict["second_stage_steps"] = second_stage_steps
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if second_stage_guidance_scale is not UNSET:
            field_dict["second_stage_guidance_scale"] = second_stage_guidance_scale
        if image_size is not UNSET:
            field_dict["image_size"] = image_size
        if seed is not UNSET:
            field_dict["seed"] = seed
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker
        if num_images is not UNSET:
            field_dict["num_images"] = num_images
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_size import ImageSize  # noqa: PLC0415

        d = dict(src_dict)
        prompt = d.pop("prompt")

        negative_prompt = d.pop("negative_prompt", UNSET)

        first_stage_steps = d.pop("first_stage_steps", UNSET)

        second_stage_steps = d.pop("second_stage_steps", UNSET)

        guidance_scale = d.pop("guidance_scale", UNSET)

        second_stage_guidance_scale = d.pop("second_stage_guidance_scale", UNSET)

        def _parse_image_size(data: object) -> ImageSize | StableCascadeInputImageSizeType1 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                image_size_type_0 = ImageSize.from_dict(data)

                return image_size_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            image_size_type_1 = check_stable_cascade_input_image_size_type_1(data)

            return image_size_type_1

        image_size = _parse_image_size(d.pop("image_size", UNSET))

        seed = d.pop("seed", UNSET)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        num_images = d.pop("num_images", UNSET)

        sync_mode = d.pop("sync_mode", UNSET)

        stable_cascade_input = cls(
            prompt=prompt,
            negative_prompt=negative_prompt,
            first_stage_steps=first_stage_steps,
            second_stage_steps=second_stage_steps,
            guidance_scale=guidance_scale,
            second_stage_guidance_scale=second_stage_guidance_scale,
            image_size=image_size,
            seed=seed,
            enable_safety_checker=enable_safety_checker,
            num_images=num_images,
            sync_mode=sync_mode,
        )

        return stable_cascade_input

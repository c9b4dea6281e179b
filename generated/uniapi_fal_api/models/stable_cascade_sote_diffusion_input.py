from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.stable_cascade_sote_diffusion_input_image_size_type_1 import (
    StableCascadeSoteDiffusionInputImageSizeType1,
    check_stable_cascade_sote_diffusion_input_image_size_type_1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_size_v9a3dff import ImageSizeV9A3DFF
    from .stable_cascade_sote_diffusion_output import StableCascadeSoteDiffusionOutput  # noqa: F401


T = TypeVar("T", bound="StableCascadeSoteDiffusionInput")


@_attrs_define
class StableCascadeSoteDiffusionInput(
    FalInput["StableCascadeSoteDiffusionOutput"], endpoint="fal-ai/stable-cascade/sote-diffusion"
):
    """Input of `fal-ai/stable-cascade/sote-diffusion` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    prompt: str
    """String."""
    enable_safety_checker: bool | Unset = UNSET
    """Boolean. Server default: true."""
    first_stage_steps: float | Unset = UNSET
    """Number. Server default: 25."""
    guidance_scale: float | Unset = UNSET
    """Number. Server default: 8."""
    image_size: ImageSizeV9A3DFF | StableCascadeSoteDiffusionInputImageSizeType1 | Unset = UNSET
    """ImageSizeV9A3DFF or one of "square_hd", "square", "portrait_4_3", "portrait_16_9",
    "landscape_4_3", "landscape_16_9"."""
    negative_prompt: str | Unset = UNSET
    """String. Server default: ""."""
    num_images: float | Unset = UNSET
    """Number. Server default: 1."""
    second_stage_guidance_scale: float | Unset = UNSET
    """Number. Server default: 2."""
    second_stage_steps: float | Unset = UNSET
    """Number. Server default: 10."""
    seed: float | Unset = UNSET
    """Number."""
    sync_mode: bool | Unset = UNSET
    """Boolean."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.image_size_v9a3dff import ImageSizeV9A3DFF  # noqa: PLC0415

        prompt = self.prompt

        enable_safety_checker = self.enable_safety_checker

        first_stage_steps = self.first_stage_steps

        guidance_scale = self.guidance_scale

        image_size: dict[str, Any] | str | Unset
        if isinstance(self.image_size, Unset):
            image_size = UNSET
        elif isinstance(self.image_size, ImageSizeV9A3DFF):
            image_size = self.image_size.to_dict()
        else:
            image_size = self.image_size

        negative_prompt = self.negative_prompt

        num_images = self.num_images

        second_stage_guidance_scale = self.second_stage_guidance_scale

        second_stage_steps = self.second_stage_steps

        seed = self.seed

        sync_mode = self.sync_mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker
        if first_stage_steps is not UNSET:
            field_dict["first_stage_steps"] = first_stage_steps
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if image_size is not UNSET:
            field_dict["image_size"] = image_size
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if num_images is not UNSET:
            field_dict["num_images"] = num_images
        if second_stage_guidance_scale is not UNSET:
            field_dict["second_stage_guidance_scale"] = second_stage_guidance_scale
        if second_stage_steps is not UNSET:
            field_dict["second_stage_steps"] = second_stage_steps
        if seed is not UNSET:
            field_dict["seed"] = seed
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_size_v9a3dff import ImageSizeV9A3DFF  # noqa: PLC0415

        d = dict(src_dict)
        prompt = d.pop("prompt")

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        first_stage_steps = d.pop("first_stage_steps", UNSET)

        guidance_scale = d.pop("guidance_scale", UNSET)

        def _parse_image_size(
            data: object,
        ) -> ImageSizeV9A3DFF | StableCascadeSoteDiffusionInputImageSizeType1 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                image_size_type_0 = ImageSizeV9A3DFF.from_dict(data)

                return image_size_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            image_size_type_1 = check_stable_cascade_sote_diffusion_input_image_size_type_1(data)

            return image_size_type_1

        image_size = _parse_image_size(d.pop("image_size", UNSET))

        negative_prompt = d.pop("negative_prompt", UNSET)

        num_images = d.pop("num_images", UNSET)

        second_stage_guidance_scale = d.pop("second_stage_guidance_scale", UNSET)

        second_stage_steps = d.pop("second_stage_steps", UNSET)

        seed = d.pop("seed", UNSET)

        sync_mode = d.pop("sync_mode", UNSET)

        stable_cascade_sote_diffusion_input = cls(
            prompt=prompt,
            enable_safety_checker=enable_safety_checker,
            first_stage_steps=first_stage_steps,
            guidance_scale=guidance_scale,
            image_size=image_size,
            negative_prompt=negative_prompt,
            num_images=num_images,
            second_stage_guidance_scale=second_stage_guidance_scale,
            second_stage_steps=second_stage_steps,
            seed=seed,
            sync_mode=sync_mode,
        )

        return stable_cascade_sote_diffusion_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.stable_diffusion_v3_medium_image_to_image_input_image_size_type_1 import (
    StableDiffusionV3MediumImageToImageInputImageSizeType1,
    check_stable_diffusion_v3_medium_image_to_image_input_image_size_type_1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_size_v9a3dff import ImageSizeV9A3DFF
    from .stable_diffusion_v3_medium_image_to_image_output import (
        StableDiffusionV3MediumImageToImageOutput,  # noqa: F401
    )


T = TypeVar("T", bound="StableDiffusionV3MediumImageToImageInput")


@_attrs_define
class StableDiffusionV3MediumImageToImageInput(
    FalInput["StableDiffusionV3MediumImageToImageOutput"],
    endpoint="fal-ai/stable-diffusion-v3-medium/image-to-image",
):
    """Input of `fal-ai/stable-diffusion-v3-medium/image-to-image` (image-to-image). fal publishes no constraints for it
    (it comes from fal's TypeScript types): types, enums and required fields are checked before sending, bounds and
    lengths are not.

    """

    image_url: str
    """URL or local file."""
    prompt: str
    """String."""
    enable_safety_checker: bool | Unset = UNSET
    """Boolean. Server default: true."""
    guidance_scale: float | Unset = UNSET
    """Number. Server default: 5."""
    image_size: (
        ImageSizeV9A3DFF | StableDiffusionV3MediumImageToImageInputImageSizeType1 | Unset
    ) = UNSET
    """ImageSizeV9A3DFF or one of "square_hd", "square", "portrait_4_3", "portrait_16_9",
    "landscape_4_3", "landscape_16_9"."""
    negative_prompt: str | Unset = UNSET
    """String. Server default: ""."""
    num_images: float | Unset = UNSET
    """Number. Server default: 1."""
    num_inference_steps: float | Unset = UNSET
    """Number. Server default: 28."""
    prompt_expansion: bool | Unset = UNSET
    """Boolean."""
    seed: float | Unset = UNSET
    """Number."""
    strength: float | Unset = UNSET
    """Number. Server default: 0.9."""
    sync_mode: bool | Unset = UNSET
    """Boolean."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.image_size_v9a3dff import ImageSizeV9A3DFF  # noqa: PLC0415

        image_url = self.image_url

        prompt = self.prompt

        enable_safety_checker = self.enable_safety_checker

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

        num_inference_steps = self.num_inference_steps

        prompt_expansion = self.prompt_expansion

        seed = self.seed

        strength = self.strength

        sync_mode = self.sync_mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
                "prompt": prompt,
            }
        )
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if image_size is not UNSET:
            field_dict["image_size"] = image_size
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if num_images is not UNSET:
            field_dict["num_images"] = num_images
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if prompt_expansion is not UNSET:
            field_dict["prompt_expansion"] = prompt_expansion
        if seed is not UNSET:
            field_dict["seed"] = seed
        if strength is not UNSET:
            field_dict["strength"] = strength
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_size_v9a3dff import ImageSizeV9A3DFF  # noqa: PLC0415

        d = dict(src_dict)
        image_url = d.pop("image_url")

        prompt = d.pop("prompt")

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        guidance_scale = d.pop("guidance_scale", UNSET)

        def _parse_image_size(
            data: object,
        ) -> ImageSizeV9A3DFF | StableDiffusionV3MediumImageToImageInputImageSizeType1 | Unset:
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
            image_size_type_1 = (
                check_stable_diffusion_v3_medium_image_to_image_input_image_size_type_1(data)
            )

            return image_size_type_1

        image_size = _parse_image_size(d.pop("image_size", UNSET))

        negative_prompt = d.pop("negative_prompt", UNSET)

        num_images = d.pop("num_images", UNSET)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        prompt_expansion = d.pop("prompt_expansion", UNSET)

        seed = d.pop("seed", UNSET)

        strength = d.pop("strength", UNSET)

        sync_mode = d.pop("sync_mode", UNSET)

        stable_diffusion_v3_medium_image_to_image_input = cls(
            image_url=image_url,
            prompt=prompt,
            enable_safety_checker=enable_safety_checker,
            guidance_scale=guidance_scale,
            image_size=image_size,
            negative_prompt=negative_prompt,
            num_images=num_images,
            num_inference_steps=num_inference_steps,
            prompt_expansion=prompt_expansion,
            seed=seed,
            strength=strength,
            sync_mode=sync_mode,
        )

        return stable_diffusion_v3_medium_image_to_image_input

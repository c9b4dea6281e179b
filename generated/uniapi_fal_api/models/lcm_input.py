from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.lcm_input_image_size_type_1 import (
    LcmInputImageSizeType1,
    check_lcm_input_image_size_type_1,
)
from ..models.lcm_input_model import LcmInputModel, check_lcm_input_model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_size import ImageSize
    from .lcm_output import LcmOutput  # noqa: F401


T = TypeVar("T", bound="LcmInput")


@_attrs_define
class LcmInput(FalInput["LcmOutput"], endpoint="fal-ai/lcm"):
    """Input of `fal-ai/lcm` (text-to-image). fal no longer lists this endpoint."""

    prompt: str
    """Prompt: string."""
    model: LcmInputModel | Unset = UNSET
    """Model: one of "sdxl", "sdv1-5". Server default: "sdv1-5"."""
    image_url: str | Unset = UNSET
    """Image Url: string."""
    mask_url: str | Unset = UNSET
    """Mask Url: string."""
    strength: float | Unset = UNSET
    """Strength: number, 0 to 1. Server default: 0.8."""
    negative_prompt: str | Unset = UNSET
    """Negative Prompt: string. Server default: ""."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    guidance_scale: float | Unset = UNSET
    """Guidance scale (CFG): number, 0 to 8. Server default: 1."""
    num_inference_steps: int | Unset = UNSET
    """Num Inference Steps: integer, 1 to 12. Server default: 4."""
    image_size: ImageSize | LcmInputImageSizeType1 | Unset = UNSET
    """Image Size: ImageSize or one of "square_hd", "square", "portrait_4_3", "portrait_16_9",
    "landscape_4_3", "landscape_16_9"."""
    sync_mode: bool | Unset = UNSET
    """Sync Mode: boolean. Server default: false."""
    num_images: int | Unset = UNSET
    """Num Images: integer, 1 to 8. Server default: 1."""
    enable_safety_checks: bool | Unset = UNSET
    """Enable Safety Checks: boolean. Server default: true."""
    request_id: str | Unset = UNSET
    """Request Id: string. Server default: ""."""
    inpaint_mask_only: bool | Unset = UNSET
    """Inpaint Mask Only: boolean. Server default: false."""
    controlnet_inpaint: bool | Unset = UNSET
    """Controlnet Inpaint: boolean. Server default: false."""
    lora_url: str | Unset = UNSET
    """Lora Url: string."""
    lora_scale: float | Unset = UNSET
    """Lora Scale: number. Server default: 1."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.image_size import ImageSize  # noqa: PLC0415

        prompt = self.prompt

        model: str | Unset = UNSET
        if not isinstance(self.model, Unset):
            model = self.model

        image_url = self.image_url

        mask_url = self.mask_url

        strength = self.strength

        negative_prompt = self.negative_prompt

        seed = self.seed

        guidance_scale = self.guidance_scale

        num_inference_steps = self.num_inference_steps

        image_size: dict[str, Any] | str | Unset
        if isinstance(self.image_size, Unset):
            image_size = UNSET
        elif isinstance(self.image_size, ImageSize):
            image_size = self.image_size.to_dict()
        else:
            image_size = self.image_size

        sync_mode = self.sync_mode

        num_images = self.num_images

        enable_safety_checks = self.enable_safety_checks

        request_id = self.request_id

        inpaint_mask_only = self.inpaint_mask_only

        controlnet_inpaint = self.controlnet_inpaint

        lora_url = self.lora_url

        lora_scale = self.lora_scale

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if model is not UNSET:
            field_dict["model"] = model
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if mask_url is not UNSET:
            field_dict["mask_url"] = mask_url
        if strength is not UNSET:
            field_dict["strength"] = strength
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if seed is not UNSET:
            field_dict["seed"] = seed
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if image_size is not UNSET:
            field_dict["image_size"] = image_size
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode
        if num_images is not UNSET:
            field_dict["num_images"] = num_images
        if enable_safety_checks is not UNSET:
            field_dict["enable_safety_checks"] = enable_safety_checks
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if inpaint_mask_only is not UNSET:
            field_dict["inpaint_mask_only"] = inpaint_mask_only
        if controlnet_inpaint is not UNSET:
            field_dict["controlnet_inpaint"] = controlnet_inpaint
        if lora_url is not UNSET:
            field_dict["lora_url"] = lora_url
        if lora_scale is not UNSET:
            field_dict["lora_scale"] = lora_scale

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_size import ImageSize  # noqa: PLC0415

        d = dict(src_dict)
        prompt = d.pop("prompt")

        _model = d.pop("model", UNSET)
        model: LcmInputModel | Unset
        if isinstance(_model, Unset):
            model = UNSET
        else:
            model = check_lcm_input_model(_model)

        image_url = d.pop("image_url", UNSET)

        mask_url = d.pop("mask_url", UNSET)

        strength = d.pop("strength", UNSET)

        negative_prompt = d.pop("negative_prompt", UNSET)

        seed = d.pop("seed", UNSET)

        guidance_scale = d.pop("guidance_scale", UNSET)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        def _parse_image_size(data: object) -> ImageSize | LcmInputImageSizeType1 | Unset:
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
            image_size_type_1 = check_lcm_input_image_size_type_1(data)

            return image_size_type_1

        image_size = _parse_image_size(d.pop("image_size", UNSET))

        sync_mode = d.pop("sync_mode", UNSET)

        num_images = d.pop("num_images", UNSET)

        enable_safety_checks = d.pop("enable_safety_checks", UNSET)

        request_id = d.pop("request_id", UNSET)

        inpaint_mask_only = d.pop("inpaint_mask_only", UNSET)

        controlnet_inpaint = d.pop("controlnet_inpaint", UNSET)

        lora_url = d.pop("lora_url", UNSET)

        lora_scale = d.pop("lora_scale", UNSET)

        lcm_input = cls(
            prompt=prompt,
            model=model,
            image_url=image_url,
            mask_url=mask_url,
            strength=strength,
            negative_prompt=negative_prompt,
            seed=seed,
            guidance_scale=guidance_scale,
            num_inference_steps=num_inference_steps,
            image_size=image_size,
            sync_mode=sync_mode,
            num_images=num_images,
            enable_safety_checks=enable_safety_checks,
            request_id=request_id,
            inpaint_mask_only=inpaint_mask_only,
            controlnet_inpaint=controlnet_inpaint,
            lora_url=lora_url,
            lora_scale=lora_scale,
        )

        return lcm_input

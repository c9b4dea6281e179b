from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.fast_sdxl_controlnet_canny_input_image_size_type_0_type_1 import (
    FastSdxlControlnetCannyInputImageSizeType0Type1,
    check_fast_sdxl_controlnet_canny_input_image_size_type_0_type_1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_size import ImageSize
    from ..models.lora_weight_vd00495 import LoraWeightVD00495
    from .fast_sdxl_controlnet_canny_output import FastSdxlControlnetCannyOutput  # noqa: F401


T = TypeVar("T", bound="FastSdxlControlnetCannyInput")


@_attrs_define
class FastSdxlControlnetCannyInput(
    FalInput["FastSdxlControlnetCannyOutput"], endpoint="fal-ai/fast-sdxl-controlnet-canny"
):
    """Input of `fal-ai/fast-sdxl-controlnet-canny` (text-to-image)."""

    prompt: str
    """Prompt: string."""
    control_image_url: str
    """Control Image Url: string."""
    controlnet_conditioning_scale: float | Unset = UNSET
    """Controlnet Conditioning Scale: number, 0 to 1. Server default: 0.5."""
    negative_prompt: str | Unset = UNSET
    """Negative Prompt: string. Server default: ""."""
    image_size: FastSdxlControlnetCannyInputImageSizeType0Type1 | ImageSize | None | Unset = UNSET
    """Image Size: ImageSize or one of "square_hd", "square", "portrait_4_3", "portrait_16_9",
    "landscape_4_3", "landscape_16_9" or None."""
    num_inference_steps: int | Unset = UNSET
    """Num Inference Steps: integer, 1 to 50. Server default: 25."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    enable_deep_cache: bool | Unset = UNSET
    """Enable Deep Cache: boolean. Server default: false."""
    guidance_scale: float | Unset = UNSET
    """Guidance scale (CFG): number, 0 to 20. Server default: 7.5."""
    sync_mode: bool | Unset = UNSET
    """Sync Mode: boolean. Server default: false."""
    num_images: int | Unset = UNSET
    """Num Images: integer, 1 to 8. Server default: 1."""
    loras: list[LoraWeightVD00495] | Unset = UNSET
    """Loras: list of LoraWeightVD00495. Server default: []."""
    enable_safety_checker: bool | Unset = UNSET
    """Enable Safety Checker: boolean. Server default: false."""
    expand_prompt: bool | Unset = UNSET
    """Expand Prompt: boolean. Server default: false."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.image_size import ImageSize  # noqa: PLC0415

        prompt = self.prompt

        control_image_url = self.control_image_url

        controlnet_conditioning_scale = self.controlnet_conditioning_scale

        negative_prompt = self.negative_prompt

        image_size: dict[str, Any] | None | str | Unset
        if isinstance(self.image_size, Unset):
            image_size = UNSET
        elif isinstance(self.image_size, ImageSize):
            image_size = self.image_size.to_dict()
        elif isinstance(self.image_size, str):
            image_size = self.image_size
        else:
            image_size = self.image_size

        num_inference_steps = self.num_inference_steps

        seed = self.seed

        enable_deep_cache = self.enable_deep_cache

        guidance_scale = self.guidance_scale

        sync_mode = self.sync_mode

        num_images = self.num_images

        loras: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.loras, Unset):
            loras = []
            for loras_item_data in self.loras:
                loras_item = loras_item_data.to_dict()
                loras.append(loras_item)

        enable_safety_checker = self.enable_safety_checker

        expand_prompt = self.expand_prompt

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
                "control_image_url": control_image_url,
            }
        )
        if controlnet_conditioning_scale is not UNSET:
            field_dict["controlnet_conditioning_scale"] = controlnet_conditioning_scale
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if image_size is not UNSET:
            field_dict["image_size"] = image_size
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if seed is not UNSET:
            field_dict["seed"] = seed
        if enable_deep_cache is not UNSET:
            field_dict["enable_deep_cache"] = enable_deep_cache
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode
        if num_images is not UNSET:
            field_dict["num_images"] = num_images
        if loras is not UNSET:
            field_dict["loras"] = loras
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker
        if expand_prompt is not UNSET:
            field_dict["expand_prompt"] = expand_prompt

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_size import ImageSize  # noqa: PLC0415
        from ..models.lora_weight_vd00495 import LoraWeightVD00495  # noqa: PLC0415

        d = dict(src_dict)
        prompt = d.pop("prompt")

        control_image_url = d.pop("control_image_url")

        controlnet_conditioning_scale = d.pop("controlnet_conditioning_scale", UNSET)

        negative_prompt = d.pop("negative_prompt", UNSET)

        def _parse_image_size(
            data: object,
        ) -> FastSdxlControlnetCannyInputImageSizeType0Type1 | ImageSize | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                image_size_type_0_type_0 = ImageSize.from_dict(data)

                return image_size_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                image_size_type_0_type_1 = (
                    check_fast_sdxl_controlnet_canny_input_image_size_type_0_type_1(data)
                )

                return image_size_type_0_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                FastSdxlControlnetCannyInputImageSizeType0Type1 | ImageSize | None | Unset, data
            )

        image_size = _parse_image_size(d.pop("image_size", UNSET))

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        seed = d.pop("seed", UNSET)

        enable_deep_cache = d.pop("enable_deep_cache", UNSET)

        guidance_scale = d.pop("guidance_scale", UNSET)

        sync_mode = d.pop("sync_mode", UNSET)

        num_images = d.pop("num_images", UNSET)

        _loras = d.pop("loras", UNSET)
        loras: list[LoraWeightVD00495] | Unset = UNSET
        if _loras is not UNSET:
            loras = []
            for loras_item_data in _loras:
                loras_item = LoraWeightVD00495.from_dict(loras_item_data)

                loras.append(loras_item)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        expand_prompt = d.pop("expand_prompt", UNSET)

        fast_sdxl_controlnet_canny_input = cls(
            prompt=prompt,
            control_image_url=control_image_url,
            controlnet_conditioning_scale=controlnet_conditioning_scale,
            negative_prompt=negative_prompt,
            image_size=image_size,
            num_inference_steps=num_inference_steps,
            seed=seed,
            enable_deep_cache=enable_deep_cache,
            guidance_scale=guidance_scale,
            sync_mode=sync_mode,
            num_images=num_images,
            loras=loras,
            enable_safety_checker=enable_safety_checker,
            expand_prompt=expand_prompt,
        )

        return fast_sdxl_controlnet_canny_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.fast_lcm_diffusion_inpainting_input_format import (
    FastLcmDiffusionInpaintingInputFormat,
    check_fast_lcm_diffusion_inpainting_input_format,
)
from ..models.fast_lcm_diffusion_inpainting_input_image_size_type_1 import (
    FastLcmDiffusionInpaintingInputImageSizeType1,
    check_fast_lcm_diffusion_inpainting_input_image_size_type_1,
)
from ..models.fast_lcm_diffusion_inpainting_input_safety_checker_version import (
    FastLcmDiffusionInpaintingInputSafetyCheckerVersion,
    check_fast_lcm_diffusion_inpainting_input_safety_checker_version,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_size_v9a3dff import ImageSizeV9A3DFF
    from .fast_lcm_diffusion_inpainting_output import FastLcmDiffusionInpaintingOutput  # noqa: F401


T = TypeVar("T", bound="FastLcmDiffusionInpaintingInput")


@_attrs_define
class FastLcmDiffusionInpaintingInput(
    FalInput["FastLcmDiffusionInpaintingOutput"], endpoint="fal-ai/fast-lcm-diffusion/inpainting"
):
    """Input of `fal-ai/fast-lcm-diffusion/inpainting` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    mask_url: str
    """URL or local file."""
    prompt: str
    """String."""
    enable_safety_checker: bool | Unset = UNSET
    """Boolean. Server default: true."""
    expand_prompt: bool | Unset = UNSET
    """Boolean."""
    format_: FastLcmDiffusionInpaintingInputFormat | Unset = UNSET
    """One of "jpeg", "png". Server default: "jpeg"."""
    guidance_scale: float | Unset = UNSET
    """Number. Server default: 1.5."""
    image_size: FastLcmDiffusionInpaintingInputImageSizeType1 | ImageSizeV9A3DFF | Unset = UNSET
    """ImageSizeV9A3DFF or one of "square_hd", "square", "portrait_4_3", "portrait_16_9",
    "landscape_4_3", "landscape_16_9". Server default: "square_hd"."""
    negative_prompt: str | Unset = UNSET
    """String. Server default: ""."""
    num_images: float | Unset = UNSET
    """Number. Server default: 1."""
    num_inference_steps: float | Unset = UNSET
    """Number. Server default: 6."""
    request_id: str | Unset = UNSET
    """String. Server default: ""."""
    safety_checker_version: FastLcmDiffusionInpaintingInputSafetyCheckerVersion | Unset = UNSET
    """One of "v1", "v2". Server default: "v1"."""
    seed: float | Unset = UNSET
    """Number."""
    strength: float | Unset = UNSET
    """Number. Server default: 0.95."""
    sync_mode: bool | Unset = UNSET
    """Boolean. Server default: true."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.image_size_v9a3dff import ImageSizeV9A3DFF  # noqa: PLC0415

        image_url = self.image_url

        mask_url = self.mask_url

        prompt = self.prompt

        enable_safety_checker = self.enable_safety_checker

        expand_prompt = self.expand_prompt

        format_: str | Unset = UNSET
        if not isinstance(self.format_, Unset):
            format_ = self.format_

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

        request_id = self.request_id

        safety_checker_version: str | Unset = UNSET
        if not isinstance(self.safety_checker_version, Unset):
            safety_checker_version = self.safety_checker_version

        seed = self.seed

        strength = self.strength

        sync_mode = self.sync_mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
                "mask_url": mask_url,
                "prompt": prompt,
            }
        )
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker
        if expand_prompt is not UNSET:
            field_dict["expand_prompt"] = expand_prompt
        if format_ is not UNSET:
            field_dict["format"] = format_
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
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if safety_checker_version is not UNSET:
            field_dict["safety_checker_version"] = safety_checker_version
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

        mask_url = d.pop("mask_url")

        prompt = d.pop("prompt")

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        expand_prompt = d.pop("expand_prompt", UNSET)

        _format_ = d.pop("format", UNSET)
        format_: FastLcmDiffusionInpaintingInputFormat | Unset
        if isinstance(_format_, Unset):
            format_ = UNSET
        else:
            format_ = check_fast_lcm_diffusion_inpainting_input_format(_format_)

        guidance_scale = d.pop("guidance_scale", UNSET)

        def _parse_image_size(
            data: object,
        ) -> FastLcmDiffusionInpaintingInputImageSizeType1 | ImageSizeV9A3DFF | Unset:
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
            image_size_type_1 = check_fast_lcm_diffusion_inpainting_input_image_size_type_1(data)

            return image_size_type_1

        image_size = _parse_image_size(d.pop("image_size", UNSET))

        negative_prompt = d.pop("negative_prompt", UNSET)

        num_images = d.pop("num_images", UNSET)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        request_id = d.pop("request_id", UNSET)

        _safety_checker_version = d.pop("safety_checker_version", UNSET)
        safety_checker_version: FastLcmDiffusionInpaintingInputSafetyCheckerVersion | Unset
        if isinstance(_safety_checker_version, Unset):
            safety_checker_version = UNSET
        else:
            safety_checker_version = (
                check_fast_lcm_diffusion_inpainting_input_safety_checker_version(
                    _safety_checker_version
                )
            )

        seed = d.pop("seed", UNSET)

        strength = d.pop("strength", UNSET)

        sync_mode = d.pop("sync_mode", UNSET)

        fast_lcm_diffusion_inpainting_input = cls(
            image_url=image_url,
            mask_url=mask_url,
            prompt=prompt,
            enable_safety_checker=enable_safety_checker,
            expand_prompt=expand_prompt,
            format_=format_,
            guidance_scale=guidance_scale,
            image_size=image_size,
            negative_prompt=negative_prompt,
            num_images=num_images,
            num_inference_steps=num_inference_steps,
            request_id=request_id,
            safety_checker_version=safety_checker_version,
            seed=seed,
            strength=strength,
            sync_mode=sync_mode,
        )

        return fast_lcm_diffusion_inpainting_input

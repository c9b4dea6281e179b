from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.flux_control_lora_canny_image_to_image_input_image_size_type_1 import (
    FluxControlLoraCannyImageToImageInputImageSizeType1,
    check_flux_control_lora_canny_image_to_image_input_image_size_type_1,
)
from ..models.flux_control_lora_canny_image_to_image_input_output_format import (
    FluxControlLoraCannyImageToImageInputOutputFormat,
    check_flux_control_lora_canny_image_to_image_input_output_format,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_size_v9a3dff import ImageSizeV9A3DFF
    from ..models.lora_weight_vf02bfb import LoraWeightVF02BFB
    from .flux_control_lora_canny_image_to_image_output import (
        FluxControlLoraCannyImageToImageOutput,  # noqa: F401
    )


T = TypeVar("T", bound="FluxControlLoraCannyImageToImageInput")


@_attrs_define
class FluxControlLoraCannyImageToImageInput(
    FalInput["FluxControlLoraCannyImageToImageOutput"],
    endpoint="fal-ai/flux-control-lora-canny/image-to-image",
):
    """Input of `fal-ai/flux-control-lora-canny/image-to-image` (image-to-image). fal publishes no constraints for it (it
    comes from fal's TypeScript types): types, enums and required fields are checked before sending, bounds and lengths
    are not.

    """

    control_lora_image_url: str
    """URL or local file."""
    image_url: str
    """URL or local file."""
    prompt: str
    """String."""
    control_lora_strength: float | Unset = UNSET
    """Number. Server default: 1."""
    enable_safety_checker: bool | Unset = UNSET
    """Boolean. Server default: true."""
    guidance_scale: float | Unset = UNSET
    """Number. Server default: 3.5."""
    image_size: FluxControlLoraCannyImageToImageInputImageSizeType1 | ImageSizeV9A3DFF | Unset = (
        UNSET
    )
    """ImageSizeV9A3DFF or one of "square_hd", "square", "portrait_4_3", "portrait_16_9",
    "landscape_4_3", "landscape_16_9"."""
    loras: list[LoraWeightVF02BFB] | Unset = UNSET
    """List of LoraWeightVF02BFB."""
    num_images: float | Unset = UNSET
    """Number. Server default: 1."""
    num_inference_steps: float | Unset = UNSET
    """Number. Server default: 28."""
    output_format: FluxControlLoraCannyImageToImageInputOutputFormat | Unset = UNSET
    """One of "jpeg", "png". Server default: "jpeg"."""
    seed: float | Unset = UNSET
    """Number."""
    strength: float | Unset = UNSET
    """Number. Server default: 0.85."""
    sync_mode: bool | Unset = UNSET
    """Boolean."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.image_size_v9a3dff import ImageSizeV9A3DFF  # noqa: PLC0415

        control_lora_image_url = self.control_lora_image_url

        image_url = self.image_url

        prompt = self.prompt

        control_lora_strength = self.control_lora_strength

        enable_safety_checker = self.enable_safety_checker

        guidance_scale = self.guidance_scale

        image_size: dict[str, Any] | str | Unset
        if isinstance(self.image_size, Unset):
            image_size = UNSET
        elif isinstance(self.image_size, ImageSizeV9A3DFF):
            image_size = self.image_size.to_dict()
        else:
            image_size = self.image_size

        loras: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.loras, Unset):
            loras = []
            for loras_item_data in self.loras:
                loras_item = loras_item_data.to_dict()
                loras.append(loras_item)

        num_images = self.num_images

        num_inference_steps = self.num_inference_steps

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        seed = self.seed

        strength = self.strength

        sync_mode = self.sync_mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "control_lora_image_url": control_lora_image_url,
                "image_url": image_url,
                "prompt": prompt,
            }
        )
        if control_lora_strength is not UNSET:
            field_dict["control_lora_strength"] = control_lora_strength
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if image_size is not UNSET:
            field_dict["image_size"] = image_size
        if loras is not UNSET:
            field_dict["loras"] = loras
        if num_images is not UNSET:
            field_dict["num_images"] = num_images
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
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
        from ..models.lora_weight_vf02bfb import LoraWeightVF02BFB  # noqa: PLC0415

        d = dict(src_dict)
        control_lora_image_url = d.pop("control_lora_image_url")

        image_url = d.pop("image_url")

        prompt = d.pop("prompt")

        control_lora_strength = d.pop("control_lora_strength", UNSET)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        guidance_scale = d.pop("guidance_scale", UNSET)

        def _parse_image_size(
            data: object,
        ) -> FluxControlLoraCannyImageToImageInputImageSizeType1 | ImageSizeV9A3DFF | Unset:
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
                check_flux_control_lora_canny_image_to_image_input_image_size_type_1(data)
            )

            return image_size_type_1

        image_size = _parse_image_size(d.pop("image_size", UNSET))

        _loras = d.pop("loras", UNSET)
        loras: list[LoraWeightVF02BFB] | Unset = UNSET
        if _loras is not UNSET:
            loras = []
            for loras_item_data in _loras:
                loras_item = LoraWeightVF02BFB.from_dict(loras_item_data)

                loras.append(loras_item)

        num_images = d.pop("num_images", UNSET)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: FluxControlLoraCannyImageToImageInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_flux_control_lora_canny_image_to_image_input_output_format(
                _output_format
            )

        seed = d.pop("seed", UNSET)

        strength = d.pop("strength", UNSET)

        sync_mode = d.pop("sync_mode", UNSET)

        flux_control_lora_canny_image_to_image_input = cls(
            control_lora_image_url=control_lora_image_url,
            image_url=image_url,
            prompt=prompt,
            control_lora_strength=control_lora_strength,
            enable_safety_checker=enable_safety_checker,
            guidance_scale=guidance_scale,
            image_size=image_size,
            loras=loras,
            num_images=num_images,
            num_inference_steps=num_inference_steps,
            output_format=output_format,
            seed=seed,
            strength=strength,
            sync_mode=sync_mode,
        )

        return flux_control_lora_canny_image_to_image_input

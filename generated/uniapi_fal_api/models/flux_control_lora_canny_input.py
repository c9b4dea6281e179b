from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.flux_control_lora_canny_input_image_size_type_1 import (
    FluxControlLoraCannyInputImageSizeType1,
    check_flux_control_lora_canny_input_image_size_type_1,
)
from ..models.flux_control_lora_canny_input_output_format import (
    FluxControlLoraCannyInputOutputFormat,
    check_flux_control_lora_canny_input_output_format,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_size import ImageSize
    from ..models.lora_weight import LoraWeight
    from .flux_control_lora_canny_output import FluxControlLoraCannyOutput  # noqa: F401


T = TypeVar("T", bound="FluxControlLoraCannyInput")


@_attrs_define
class FluxControlLoraCannyInput(
    FalInput["FluxControlLoraCannyOutput"], endpoint="fal-ai/flux-control-lora-canny"
):
    """Input of `fal-ai/flux-control-lora-canny` (text-to-image)."""

    prompt: str
    """Prompt: string."""
    image_size: FluxControlLoraCannyInputImageSizeType1 | ImageSize | Unset = UNSET
    """Image Size: ImageSize or one of "square_hd", "square", "portrait_4_3", "portrait_16_9",
    "landscape_4_3", "landscape_16_9". Server default: "landscape_4_3"."""
    num_inference_steps: int | Unset = UNSET
    """Num Inference Steps: integer, 1 to 50. Server default: 28."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    loras: list[LoraWeight] | Unset = UNSET
    """Loras: list of LoraWeight. Server default: []."""
    guidance_scale: float | Unset = UNSET
    """Guidance scale (CFG): number, 0 to 35. Server default: 3.5."""
    sync_mode: bool | Unset = UNSET
    """Sync Mode: boolean. Server default: false."""
    num_images: int | Unset = UNSET
    """Num Images: integer, 1 to 4. Server default: 1."""
    enable_safety_checker: bool | Unset = UNSET
    """Enable Safety Checker: boolean. Server default: true."""
    output_format: FluxControlLoraCannyInputOutputFormat | Unset = UNSET
    """Output Format: one of "jpeg", "png". Server default: "jpeg"."""
    control_lora_image_url: str | Unset = UNSET
    """Control Lora Image Url: string."""
    control_lora_strength: float | Unset = UNSET
    """Control Lora Strength: number, 0 to 2. Server default: 1."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.image_size import ImageSize  # noqa: PLC0415

        prompt = self.prompt

        image_size: dict[str, Any] | str | Unset
        if isinstance(self.image_size, Unset):
            image_size = UNSET
        elif isinstance(self.image_size, ImageSize):
            image_size = self.image_size.to_dict()
        else:
            image_size = self.image_size

        num_inference_steps = self.num_inference_steps

        seed = self.seed

        loras: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.loras, Unset):
            loras = []
            for loras_item_data in self.loras:
                loras_item = loras_item_data.to_dict()
                loras.append(loras_item)

        guidance_scale = self.guidance_scale

        sync_mode = self.sync_mode

        num_images = self.num_images

        enable_safety_checker = self.enable_safety_checker

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        control_lora_image_url = self.control_lora_image_url

        control_lora_strength = self.control_lora_strength

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if image_size is not UNSET:
            field_dict["image_size"] = image_size
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if seed is not UNSET:
            field_dict["seed"] = seed
        if loras is not UNSET:
            field_dict["loras"] = loras
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode
        if num_images is not UNSET:
            field_dict["num_images"] = num_images
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if control_lora_image_url is not UNSET:
            field_dict["control_lora_image_url"] = control_lora_image_url
        if control_lora_strength is not UNSET:
            field_dict["control_lora_strength"] = control_lora_strength

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_size import ImageSize  # noqa: PLC0415
        from ..models.lora_weight import LoraWeight  # noqa: PLC0415

        d = dict(src_dict)
        prompt = d.pop("prompt")

        def _parse_image_size(
            data: object,
        ) -> FluxControlLoraCannyInputImageSizeType1 | ImageSize | Unset:
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
            image_size_type_1 = check_flux_control_lora_canny_input_image_size_type_1(data)

            return image_size_type_1

        image_size = _parse_image_size(d.pop("image_size", UNSET))

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        seed = d.pop("seed", UNSET)

        _loras = d.pop("loras", UNSET)
        loras: list[LoraWeight] | Unset = UNSET
        if _loras is not UNSET:
            loras = []
            for loras_item_data in _loras:
                loras_item = LoraWeight.from_dict(loras_item_data)

                loras.append(loras_item)

        guidance_scale = d.pop("guidance_scale", UNSET)

        sync_mode = d.pop("sync_mode", UNSET)

        num_images = d.pop("num_images", UNSET)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: FluxControlLoraCannyInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_flux_control_lora_canny_input_output_format(_output_format)

        control_lora_image_url = d.pop("control_lora_image_url", UNSET)

        control_lora_strength = d.pop("control_lora_strength", UNSET)

        flux_control_lora_canny_input = cls(
            prompt=prompt,
            image_size=image_size,
            num_inference_steps=num_inference_steps,
            seed=seed,
            loras=loras,
            guidance_scale=guidance_scale,
            sync_mode=sync_mode,
            num_images=num_images,
            enable_safety_checker=enable_safety_checker,
            output_format=output_format,
            control_lora_image_url=control_lora_image_url,
            control_lora_strength=control_lora_strength,
        )

        return flux_control_lora_canny_input

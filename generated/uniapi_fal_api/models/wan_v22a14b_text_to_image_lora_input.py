from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.wan_v22a14b_text_to_image_lora_input_acceleration import (
    WanV22A14BTextToImageLoraInputAcceleration,
    check_wan_v22a14b_text_to_image_lora_input_acceleration,
)
from ..models.wan_v22a14b_text_to_image_lora_input_image_format import (
    WanV22A14BTextToImageLoraInputImageFormat,
    check_wan_v22a14b_text_to_image_lora_input_image_format,
)
from ..models.wan_v22a14b_text_to_image_lora_input_image_size_type_1 import (
    WanV22A14BTextToImageLoraInputImageSizeType1,
    check_wan_v22a14b_text_to_image_lora_input_image_size_type_1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_size import ImageSize
    from ..models.lo_ra_weight_ve53469 import LoRAWeightVE53469
    from .wan_v22a14b_text_to_image_lora_output import WanV22A14BTextToImageLoraOutput  # noqa: F401


T = TypeVar("T", bound="WanV22A14BTextToImageLoraInput")


@_attrs_define
class WanV22A14BTextToImageLoraInput(
    FalInput["WanV22A14BTextToImageLoraOutput"], endpoint="fal-ai/wan/v2.2-a14b/text-to-image/lora"
):
    """Input of `fal-ai/wan/v2.2-a14b/text-to-image/lora` (text-to-image)."""

    prompt: str
    """Prompt: string."""
    negative_prompt: str | Unset = UNSET
    """Negative Prompt: string. Server default: ""."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    num_inference_steps: int | Unset = UNSET
    """Number of Inference Steps: integer, 2 to 40. Server default: 27."""
    enable_safety_checker: bool | Unset = UNSET
    """Enable Safety Checker: boolean. Server default: false."""
    enable_output_safety_checker: bool | Unset = UNSET
    """Enable Output Safety Checker: boolean. Server default: false."""
    enable_prompt_expansion: bool | Unset = UNSET
    """Enable Prompt Expansion: boolean. Server default: false."""
    acceleration: WanV22A14BTextToImageLoraInputAcceleration | Unset = UNSET
    """Acceleration: one of "none", "regular". Server default: "regular"."""
    guidance_scale: float | Unset = UNSET
    """Guidance Scale (1st Stage): number, 1 to 10. Server default: 3.5."""
    guidance_scale_2: float | Unset = UNSET
    """Guidance Scale (2nd Stage): number, 1 to 10. Server default: 4."""
    shift: float | Unset = UNSET
    """Shift: number, 1 to 10. Server default: 2."""
    loras: list[LoRAWeightVE53469] | Unset = UNSET
    """Loras: list of LoRAWeightVE53469. Server default: []."""
    reverse_video: bool | Unset = UNSET
    """Reverse Video: boolean. Server default: false."""
    image_size: ImageSize | Unset | WanV22A14BTextToImageLoraInputImageSizeType1 = UNSET
    """Image Size: ImageSize or one of "square_hd", "square", "portrait_4_3", "portrait_16_9",
    "landscape_4_3", "landscape_16_9". Server default: "square_hd"."""
    image_format: WanV22A14BTextToImageLoraInputImageFormat | Unset = UNSET
    """Image Format: one of "png", "jpeg". Server default: "jpeg"."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.image_size import ImageSize  # noqa: PLC0415

        prompt = self.prompt

        negative_prompt = self.negative_prompt

        seed = self.seed

        num_inference_steps = self.num_inference_steps

        enable_safety_checker = self.enable_safety_checker

        enable_output_safety_checker = self.enable_output_safety_checker

        enable_prompt_expansion = self.enable_prompt_expansion

        acceleration: str | Unset = UNSET
        if not isinstance(self.acceleration, Unset):
            acceleration = self.acceleration

        guidance_scale = self.guidance_scale

        guidance_scale_2 = self.guidance_scale_2

        shift = self.shift

        loras: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.loras, Unset):
            loras = []
            for loras_item_data in self.loras:
                loras_item = loras_item_data.to_dict()
                loras.append(loras_item)

        reverse_video = self.reverse_video

        image_size: dict[str, Any] | str | Unset
        if isinstance(self.image_size, Unset):
            image_size = UNSET
        elif isinstance(self.image_size, ImageSize):
            image_size = self.image_size.to_dict()
        else:
            image_size = self.image_size

        image_format: str | Unset = UNSET
        if not isinstance(self.image_format, Unset):
            image_format = self.image_format

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if seed is not UNSET:
            field_dict["seed"] = seed
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker
        if enable_output_safety_checker is not UNSET:
            field_dict["enable_output_safety_checker"] = enable_output_safety_checker
        if enable_prompt_expansion is not UNSET:
            field_dict["enable_prompt_expansion"] = enable_prompt_expansion
        if acceleration is not UNSET:
            field_dict["acceleration"] = acceleration
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if guidance_scale_2 is not UNSET:
            field_dict["guidance_scale_2"] = guidance_scale_2
        if shift is not UNSET:
            field_dict["shift"] = shift
        if loras is not UNSET:
            field_dict["loras"] = loras
        if reverse_video is not UNSET:
            field_dict["reverse_video"] = reverse_video
        if image_size is not UNSET:
            field_dict["image_size"] = image_size
        if image_format is not UNSET:
            field_dict["image_format"] = image_format

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_size import ImageSize  # noqa: PLC0415
        from ..models.lo_ra_weight_ve53469 import LoRAWeightVE53469  # noqa: PLC0415

        d = dict(src_dict)
        prompt = d.pop("prompt")

        negative_prompt = d.pop("negative_prompt", UNSET)

        seed = d.pop("seed", UNSET)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        enable_output_safety_checker = d.pop("enable_output_safety_checker", UNSET)

        enable_prompt_expansion = d.pop("enable_prompt_expansion", UNSET)

        _acceleration = d.pop("acceleration", UNSET)
        acceleration: WanV22A14BTextToImageLoraInputAcceleration | Unset
        if isinstance(_acceleration, Unset):
            acceleration = UNSET
        else:
            acceleration = check_wan_v22a14b_text_to_image_lora_input_acceleration(_acceleration)

        guidance_scale = d.pop("guidance_scale", UNSET)

        guidance_scale_2 = d.pop("guidance_scale_2", UNSET)

        shift = d.pop("shift", UNSET)

        _loras = d.pop("loras", UNSET)
        loras: list[LoRAWeightVE53469] | Unset = UNSET
        if _loras is not UNSET:
            loras = []
            for loras_item_data in _loras:
                loras_item = LoRAWeightVE53469.from_dict(loras_item_data)

                loras.append(loras_item)

        reverse_video = d.pop("reverse_video", UNSET)

        def _parse_image_size(
            data: object,
        ) -> ImageSize | Unset | WanV22A14BTextToImageLoraInputImageSizeType1:
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
            image_size_type_1 = check_wan_v22a14b_text_to_image_lora_input_image_size_type_1(data)

            return image_size_type_1

        image_size = _parse_image_size(d.pop("image_size", UNSET))

        _image_format = d.pop("image_format", UNSET)
        image_format: WanV22A14BTextToImageLoraInputImageFormat | Unset
        if isinstance(_image_format, Unset):
            image_format = UNSET
        else:
            image_format = check_wan_v22a14b_text_to_image_lora_input_image_format(_image_format)

        wan_v22a14b_text_to_image_lora_input = cls(
            prompt=prompt,
            negative_prompt=negative_prompt,
            seed=seed,
            num_inference_steps=num_inference_steps,
            enable_safety_checker=enable_safety_checker,
            enable_output_safety_checker=enable_output_safety_checker,
            enable_prompt_expansion=enable_prompt_expansion,
            acceleration=acceleration,
            guidance_scale=guidance_scale,
            guidance_scale_2=guidance_scale_2,
            shift=shift,
            loras=loras,
            reverse_video=reverse_video,
            image_size=image_size,
            image_format=image_format,
        )

        return wan_v22a14b_text_to_image_lora_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.wan_v225b_text_to_image_input_image_format import (
    WanV225BTextToImageInputImageFormat,
    check_wan_v225b_text_to_image_input_image_format,
)
from ..models.wan_v225b_text_to_image_input_image_size_type_1 import (
    WanV225BTextToImageInputImageSizeType1,
    check_wan_v225b_text_to_image_input_image_size_type_1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_size import ImageSize
    from .wan_v225b_text_to_image_output import WanV225BTextToImageOutput  # noqa: F401


T = TypeVar("T", bound="WanV225BTextToImageInput")


@_attrs_define
class WanV225BTextToImageInput(
    FalInput["WanV225BTextToImageOutput"], endpoint="fal-ai/wan/v2.2-5b/text-to-image"
):
    """Input of `fal-ai/wan/v2.2-5b/text-to-image` (text-to-image)."""

    prompt: str
    """Prompt: string."""
    negative_prompt: str | Unset = UNSET
    """Negative Prompt: string. Server default: ""."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    num_inference_steps: int | Unset = UNSET
    """Number of Inference Steps: integer, 2 to 50. Server default: 40."""
    enable_safety_checker: bool | Unset = UNSET
    """Enable Safety Checker: boolean. Server default: false."""
    enable_output_safety_checker: bool | Unset = UNSET
    """Enable Output Safety Checker: boolean. Server default: false."""
    enable_prompt_expansion: bool | Unset = UNSET
    """Enable Prompt Expansion: boolean. Server default: false."""
    guidance_scale: float | Unset = UNSET
    """Guidance Scale: number, 1 to 10. Server default: 3.5."""
    shift: float | Unset = UNSET
    """Shift: number, 1 to 10. Server default: 2."""
    image_size: ImageSize | Unset | WanV225BTextToImageInputImageSizeType1 = UNSET
    """Image Size: ImageSize or one of "square_hd", "square", "portrait_4_3", "portrait_16_9",
    "landscape_4_3", "landscape_16_9". Server default: "square_hd"."""
    image_format: WanV225BTextToImageInputImageFormat | Unset = UNSET
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

        guidance_scale = self.guidance_scale

        shift = self.shift

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
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if shift is not UNSET:
            field_dict["shift"] = shift
        if image_size is not UNSET:
            field_dict["image_size"] = image_size
        if image_format is not UNSET:
            field_dict["image_format"] = image_format

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_size import ImageSize  # noqa: PLC0415

        d = dict(src_dict)
        prompt = d.pop("prompt")

        negative_prompt = d.pop("negative_prompt", UNSET)

        seed = d.pop("seed", UNSET)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        enable_output_safety_checker = d.pop("enable_output_safety_checker", UNSET)

        enable_prompt_expansion = d.pop("enable_prompt_expansion", UNSET)

        guidance_scale = d.pop("guidance_scale", UNSET)

        shift = d.pop("shift", UNSET)

        def _parse_image_size(
            data: object,
        ) -> ImageSize | Unset | WanV225BTextToImageInputImageSizeType1:
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
            image_size_type_1 = check_wan_v225b_text_to_image_input_image_size_type_1(data)

            return image_size_type_1

        image_size = _parse_image_size(d.pop("image_size", UNSET))

        _image_format = d.pop("image_format", UNSET)
        image_format: WanV225BTextToImageInputImageFormat | Unset
        if isinstance(_image_format, Unset):
            image_format = UNSET
        else:
            image_format = check_wan_v225b_text_to_image_input_image_format(_image_format)

        wan_v225b_text_to_image_input = cls(
            prompt=prompt,
            negative_prompt=negative_prompt,
            seed=seed,
            num_inference_steps=num_inference_steps,
            enable_safety_checker=enable_safety_checker,
            enable_output_safety_checker=enable_output_safety_checker,
            enable_prompt_expansion=enable_prompt_expansion,
            guidance_scale=guidance_scale,
            shift=shift,
            image_size=image_size,
            image_format=image_format,
        )

        return wan_v225b_text_to_image_input

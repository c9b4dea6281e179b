from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.flux_2_flex_input_image_size_type_1 import (
    Flux2FlexInputImageSizeType1,
    check_flux_2_flex_input_image_size_type_1,
)
from ..models.flux_2_flex_input_output_format import (
    Flux2FlexInputOutputFormat,
    check_flux_2_flex_input_output_format,
)
from ..models.flux_2_flex_input_safety_tolerance import (
    Flux2FlexInputSafetyTolerance,
    check_flux_2_flex_input_safety_tolerance,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_size import ImageSize
    from .flux_2_flex_output import Flux2FlexOutput  # noqa: F401


T = TypeVar("T", bound="Flux2FlexInput")


@_attrs_define
class Flux2FlexInput(FalInput["Flux2FlexOutput"], endpoint="fal-ai/flux-2-flex"):
    """Input of `fal-ai/flux-2-flex` (text-to-image)."""

    prompt: str
    """Prompt: string."""
    image_size: Flux2FlexInputImageSizeType1 | ImageSize | Unset = UNSET
    """Image Size: ImageSize or one of "square_hd", "square", "portrait_4_3", "portrait_16_9",
    "landscape_4_3", "landscape_16_9". Server default: "landscape_4_3"."""
    enable_prompt_expansion: bool | Unset = UNSET
    """Enable Prompt Expansion: boolean. Server default: true."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    safety_tolerance: Flux2FlexInputSafetyTolerance | Unset = UNSET
    """Safety Tolerance: one of "1", "2", "3", "4", "5". Server default: "2"."""
    enable_safety_checker: bool | Unset = UNSET
    """Enable Safety Checker: boolean. Server default: true."""
    output_format: Flux2FlexInputOutputFormat | Unset = UNSET
    """Output Format: one of "jpeg", "png". Server default: "jpeg"."""
    sync_mode: bool | Unset = UNSET
    """Sync Mode: boolean. Server default: false."""
    guidance_scale: float | Unset = UNSET
    """Guidance Scale: number, 1.5 to 10. Server default: 3.5."""
    num_inference_steps: int | Unset = UNSET
    """Number of Inference Steps: integer, 2 to 50. Server default: 28."""

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

        enable_prompt_expansion = self.enable_prompt_expansion

        seed = self.seed

        safety_tolerance: str | Unset = UNSET
        if not isinstance(self.safety_tolerance, Unset):
            safety_tolerance = self.safety_tolerance

        enable_safety_checker = self.enable_safety_checker

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        sync_mode = self.sync_mode

        guidance_scale = self.guidance_scale

        num_inference_steps = self.num_inference_steps

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if image_size is not UNSET:
            field_dict["image_size"] = image_size
        if enable_prompt_expansion is not UNSET:
            field_dict["enable_prompt_expansion"] = enable_prompt_expansion
        if seed is not UNSET:
            field_dict["seed"] = seed
        if safety_tolerance is not UNSET:
            field_dict["safety_tolerance"] = safety_tolerance
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_size import ImageSize  # noqa: PLC0415

        d = dict(src_dict)
        prompt = d.pop("prompt")

        def _parse_image_size(data: object) -> Flux2FlexInputImageSizeType1 | ImageSize | Unset:
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
            image_size_type_1 = check_flux_2_flex_input_image_size_type_1(data)

            return image_size_type_1

        image_size = _parse_image_size(d.pop("image_size", UNSET))

        enable_prompt_expansion = d.pop("enable_prompt_expansion", UNSET)

        seed = d.pop("seed", UNSET)

        _safety_tolerance = d.pop("safety_tolerance", UNSET)
        safety_tolerance: Flux2FlexInputSafetyTolerance | Unset
        if isinstance(_safety_tolerance, Unset):
            safety_tolerance = UNSET
        else:
            safety_tolerance = check_flux_2_flex_input_safety_tolerance(_safety_tolerance)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: Flux2FlexInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_flux_2_flex_input_output_format(_output_format)

        sync_mode = d.pop("sync_mode", UNSET)

        guidance_scale = d.pop("guidance_scale", UNSET)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        flux_2_flex_input = cls(
            prompt=prompt,
            image_size=image_size,
            enable_prompt_expansion=enable_prompt_expansion,
            seed=seed,
            safety_tolerance=safety_tolerance,
            enable_safety_checker=enable_safety_checker,
            output_format=output_format,
            sync_mode=sync_mode,
            guidance_scale=guidance_scale,
            num_inference_steps=num_inference_steps,
        )

        return flux_2_flex_input

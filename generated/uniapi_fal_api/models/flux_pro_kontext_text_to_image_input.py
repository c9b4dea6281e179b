from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.flux_pro_kontext_text_to_image_input_aspect_ratio import (
    FluxProKontextTextToImageInputAspectRatio,
    check_flux_pro_kontext_text_to_image_input_aspect_ratio,
)
from ..models.flux_pro_kontext_text_to_image_input_output_format import (
    FluxProKontextTextToImageInputOutputFormat,
    check_flux_pro_kontext_text_to_image_input_output_format,
)
from ..models.flux_pro_kontext_text_to_image_input_safety_tolerance import (
    FluxProKontextTextToImageInputSafetyTolerance,
    check_flux_pro_kontext_text_to_image_input_safety_tolerance,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .flux_pro_kontext_text_to_image_output import FluxProKontextTextToImageOutput  # noqa: F401


T = TypeVar("T", bound="FluxProKontextTextToImageInput")


@_attrs_define
class FluxProKontextTextToImageInput(
    FalInput["FluxProKontextTextToImageOutput"], endpoint="fal-ai/flux-pro/kontext/text-to-image"
):
    """Input of `fal-ai/flux-pro/kontext/text-to-image` (text-to-image)."""

    prompt: str
    """Prompt: string."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    guidance_scale: float | Unset = UNSET
    """Guidance scale (CFG): number, 1 to 20. Server default: 3.5."""
    sync_mode: bool | Unset = UNSET
    """Sync Mode: boolean. Server default: false."""
    num_images: int | Unset = UNSET
    """Num Images: integer, 1 to 4. Server default: 1."""
    output_format: FluxProKontextTextToImageInputOutputFormat | Unset = UNSET
    """Output Format: one of "jpeg", "png". Server default: "jpeg"."""
    safety_tolerance: FluxProKontextTextToImageInputSafetyTolerance | Unset = UNSET
    """Safety Tolerance: one of "1", "2", "3", "4", "5", "6". Server default: "2"."""
    enhance_prompt: bool | Unset = UNSET
    """Enhance Prompt: boolean. Server default: false."""
    aspect_ratio: FluxProKontextTextToImageInputAspectRatio | Unset = UNSET
    """Aspect Ratio: one of "21:9", "16:9", "4:3", "3:2", "1:1", "2:3", "3:4", "9:16", ... (9
    values). Server default: "1:1"."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        seed = self.seed

        guidance_scale = self.guidance_scale

        sync_mode = self.sync_mode

        num_images = self.num_images

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        safety_tolerance: str | Unset = UNSET
        if not isinstance(self.safety_tolerance, Unset):
            safety_tolerance = self.safety_tolerance

        enhance_prompt = self.enhance_prompt

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if seed is not UNSET:
            field_dict["seed"] = seed
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode
        if num_images is not UNSET:
            field_dict["num_images"] = num_images
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if safety_tolerance is not UNSET:
            field_dict["safety_tolerance"] = safety_tolerance
        if enhance_prompt is not UNSET:
            field_dict["enhance_prompt"] = enhance_prompt
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        seed = d.pop("seed", UNSET)

        guidance_scale = d.pop("guidance_scale", UNSET)

        sync_mode = d.pop("sync_mode", UNSET)

        num_images = d.pop("num_images", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: FluxProKontextTextToImageInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_flux_pro_kontext_text_to_image_input_output_format(_output_format)

        _safety_tolerance = d.pop("safety_tolerance", UNSET)
        safety_tolerance: FluxProKontextTextToImageInputSafetyTolerance | Unset
        if isinstance(_safety_tolerance, Unset):
            safety_tolerance = UNSET
        else:
            safety_tolerance = check_flux_pro_kontext_text_to_image_input_safety_tolerance(
                _safety_tolerance
            )

        enhance_prompt = d.pop("enhance_prompt", UNSET)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: FluxProKontextTextToImageInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_flux_pro_kontext_text_to_image_input_aspect_ratio(_aspect_ratio)

        flux_pro_kontext_text_to_image_input = cls(
            prompt=prompt,
            seed=seed,
            guidance_scale=guidance_scale,
            sync_mode=sync_mode,
            num_images=num_images,
            output_format=output_format,
            safety_tolerance=safety_tolerance,
            enhance_prompt=enhance_prompt,
            aspect_ratio=aspect_ratio,
        )

        return flux_pro_kontext_text_to_image_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.flux_pro_kontext_max_input_aspect_ratio import (
    FluxProKontextMaxInputAspectRatio,
    check_flux_pro_kontext_max_input_aspect_ratio,
)
from ..models.flux_pro_kontext_max_input_output_format import (
    FluxProKontextMaxInputOutputFormat,
    check_flux_pro_kontext_max_input_output_format,
)
from ..models.flux_pro_kontext_max_input_safety_tolerance import (
    FluxProKontextMaxInputSafetyTolerance,
    check_flux_pro_kontext_max_input_safety_tolerance,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .flux_pro_kontext_max_output import FluxProKontextMaxOutput  # noqa: F401


T = TypeVar("T", bound="FluxProKontextMaxInput")


@_attrs_define
class FluxProKontextMaxInput(
    FalInput["FluxProKontextMaxOutput"], endpoint="fal-ai/flux-pro/kontext/max"
):
    """Input of `fal-ai/flux-pro/kontext/max` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    prompt: str
    """String."""
    aspect_ratio: FluxProKontextMaxInputAspectRatio | Unset = UNSET
    """One of "21:9", "16:9", "4:3", "3:2", "1:1", "2:3", "3:4", "9:16", ... (9 values)."""
    enhance_prompt: bool | Unset = UNSET
    """Boolean."""
    guidance_scale: float | Unset = UNSET
    """Number. Server default: 3.5."""
    num_images: float | Unset = UNSET
    """Number. Server default: 1."""
    output_format: FluxProKontextMaxInputOutputFormat | Unset = UNSET
    """One of "jpeg", "png". Server default: "jpeg"."""
    safety_tolerance: FluxProKontextMaxInputSafetyTolerance | Unset = UNSET
    """One of "1", "2", "3", "4", "5", "6". Server default: "2"."""
    seed: float | Unset = UNSET
    """Number."""
    sync_mode: bool | Unset = UNSET
    """Boolean."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        prompt = self.prompt

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        enhance_prompt = self.enhance_prompt

        guidance_scale = self.guidance_scale

        num_images = self.num_images

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        safety_tolerance: str | Unset = UNSET
        if not isinstance(self.safety_tolerance, Unset):
            safety_tolerance = self.safety_tolerance

        seed = self.seed

        sync_mode = self.sync_mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
                "prompt": prompt,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if enhance_prompt is not UNSET:
            field_dict["enhance_prompt"] = enhance_prompt
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if num_images is not UNSET:
            field_dict["num_images"] = num_images
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if safety_tolerance is not UNSET:
            field_dict["safety_tolerance"] = safety_tolerance
        if seed is not UNSET:
            field_dict["seed"] = seed
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        prompt = d.pop("prompt")

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: FluxProKontextMaxInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_flux_pro_kontext_max_input_aspect_ratio(_aspect_ratio)

        enhance_prompt = d.pop("enhance_prompt", UNSET)

        guidance_scale = d.pop("guidance_scale", UNSET)

        num_images = d.pop("num_images", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: FluxProKontextMaxInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_flux_pro_kontext_max_input_output_format(_output_format)

        _safety_tolerance = d.pop("safety_tolerance", UNSET)
        safety_tolerance: FluxProKontextMaxInputSafetyTolerance | Unset
        if isinstance(_safety_tolerance, Unset):
            safety_tolerance = UNSET
        else:
            safety_tolerance = check_flux_pro_kontext_max_input_safety_tolerance(_safety_tolerance)

        seed = d.pop("seed", UNSET)

        sync_mode = d.pop("sync_mode", UNSET)

        flux_pro_kontext_max_input = cls(
            image_url=image_url,
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            enhance_prompt=enhance_prompt,
            guidance_scale=guidance_scale,
            num_images=num_images,
            output_format=output_format,
            safety_tolerance=safety_tolerance,
            seed=seed,
            sync_mode=sync_mode,
        )

        return flux_pro_kontext_max_input

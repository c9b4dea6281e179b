from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.flux_pro_v11_ultra_input_aspect_ratio_type_0 import (
    FluxProV11UltraInputAspectRatioType0,
    check_flux_pro_v11_ultra_input_aspect_ratio_type_0,
)
from ..models.flux_pro_v11_ultra_input_output_format import (
    FluxProV11UltraInputOutputFormat,
    check_flux_pro_v11_ultra_input_output_format,
)
from ..models.flux_pro_v11_ultra_input_safety_tolerance import (
    FluxProV11UltraInputSafetyTolerance,
    check_flux_pro_v11_ultra_input_safety_tolerance,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .flux_pro_v11_ultra_output import FluxProV11UltraOutput  # noqa: F401


T = TypeVar("T", bound="FluxProV11UltraInput")


@_attrs_define
class FluxProV11UltraInput(
    FalInput["FluxProV11UltraOutput"], endpoint="fal-ai/flux-pro/v1.1-ultra"
):
    """Input of `fal-ai/flux-pro/v1.1-ultra` (text-to-image)."""

    prompt: str
    """Prompt: string."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    sync_mode: bool | Unset = UNSET
    """Sync Mode: boolean. Server default: false."""
    num_images: int | Unset = UNSET
    """Num Images: integer, 1 to 4. Server default: 1."""
    enable_safety_checker: bool | Unset = UNSET
    """Enable Safety Checker: boolean. Server default: true."""
    output_format: FluxProV11UltraInputOutputFormat | Unset = UNSET
    """Output Format: one of "jpeg", "png". Server default: "jpeg"."""
    safety_tolerance: FluxProV11UltraInputSafetyTolerance | Unset = UNSET
    """Safety Tolerance: one of "1", "2", "3", "4", "5", "6". Server default: "2"."""
    enhance_prompt: bool | Unset = UNSET
    """Enhance Prompt: boolean. Server default: false."""
    image_url: str | Unset = UNSET
    """Image URL: string."""
    image_prompt_strength: float | Unset = UNSET
    """Image Prompt Strength: number, 0 to 1. Server default: 0.1."""
    aspect_ratio: FluxProV11UltraInputAspectRatioType0 | str | Unset = UNSET
    """Aspect Ratio: one of "21:9", "16:9", "4:3", "3:2", "1:1", "2:3", "3:4", "9:16", ... (9
    values) or string. Server default: "16:9"."""
    raw: bool | Unset = UNSET
    """Raw: boolean. Server default: false."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        seed = self.seed

        sync_mode = self.sync_mode

        num_images = self.num_images

        enable_safety_checker = self.enable_safety_checker

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        safety_tolerance: str | Unset = UNSET
        if not isinstance(self.safety_tolerance, Unset):
            safety_tolerance = self.safety_tolerance

        enhance_prompt = self.enhance_prompt

        image_url = self.image_url

        image_prompt_strength = self.image_prompt_strength

        aspect_ratio: str | Unset
        if isinstance(self.aspect_ratio, Unset):
            aspect_ratio = UNSET
        elif isinstance(self.aspect_ratio, str):
            aspect_ratio = self.aspect_ratio
        else:
            aspect_ratio = self.aspect_ratio

        raw = self.raw

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if seed is not UNSET:
            field_dict["seed"] = seed
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode
        if num_images is not UNSET:
            field_dict["num_images"] = num_images
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if safety_tolerance is not UNSET:
            field_dict["safety_tolerance"] = safety_tolerance
        if enhance_prompt is not UNSET:
            field_dict["enhance_prompt"] = enhance_prompt
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if image_prompt_strength is not UNSET:
            field_dict["image_prompt_strength"] = image_prompt_strength
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if raw is not UNSET:
            field_dict["raw"] = raw

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        seed = d.pop("seed", UNSET)

        sync_mode = d.pop("sync_mode", UNSET)

        num_images = d.pop("num_images", UNSET)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: FluxProV11UltraInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_flux_pro_v11_ultra_input_output_format(_output_format)

        _safety_tolerance = d.pop("safety_tolerance", UNSET)
        safety_tolerance: FluxProV11UltraInputSafetyTolerance | Unset
        if isinstance(_safety_tolerance, Unset):
            safety_tolerance = UNSET
        else:
            safety_tolerance = check_flux_pro_v11_ultra_input_safety_tolerance(_safety_tolerance)

        enhance_prompt = d.pop("enhance_prompt", UNSET)

        image_url = d.pop("image_url", UNSET)

        image_prompt_strength = d.pop("image_prompt_strength", UNSET)

        def _parse_aspect_ratio(data: object) -> FluxProV11UltraInputAspectRatioType0 | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                aspect_ratio_type_0 = check_flux_pro_v11_ultra_input_aspect_ratio_type_0(data)

                return aspect_ratio_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FluxProV11UltraInputAspectRatioType0 | str | Unset, data)

        aspect_ratio = _parse_aspect_ratio(d.pop("aspect_ratio", UNSET))

        raw = d.pop("raw", UNSET)

        flux_pro_v11_ultra_input = cls(
            prompt=prompt,
            seed=seed,
            sync_mode=sync_mode,
            num_images=num_images,
            enable_safety_checker=enable_safety_checker,
            output_format=output_format,
            safety_tolerance=safety_tolerance,
            enhance_prompt=enhance_prompt,
            image_url=image_url,
            image_prompt_strength=image_prompt_strength,
            aspect_ratio=aspect_ratio,
            raw=raw,
        )

        return flux_pro_v11_ultra_input

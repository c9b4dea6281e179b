from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.flux_pro_v11_ultra_redux_input_aspect_ratio_type_1 import (
    FluxProV11UltraReduxInputAspectRatioType1,
    check_flux_pro_v11_ultra_redux_input_aspect_ratio_type_1,
)
from ..models.flux_pro_v11_ultra_redux_input_output_format import (
    FluxProV11UltraReduxInputOutputFormat,
    check_flux_pro_v11_ultra_redux_input_output_format,
)
from ..models.flux_pro_v11_ultra_redux_input_safety_tolerance import (
    FluxProV11UltraReduxInputSafetyTolerance,
    check_flux_pro_v11_ultra_redux_input_safety_tolerance,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .flux_pro_v11_ultra_redux_output import FluxProV11UltraReduxOutput  # noqa: F401


T = TypeVar("T", bound="FluxProV11UltraReduxInput")


@_attrs_define
class FluxProV11UltraReduxInput(
    FalInput["FluxProV11UltraReduxOutput"], endpoint="fal-ai/flux-pro/v1.1-ultra/redux"
):
    """Input of `fal-ai/flux-pro/v1.1-ultra/redux` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    aspect_ratio: FluxProV11UltraReduxInputAspectRatioType1 | str | Unset = UNSET
    """String or one of "21:9", "16:9", "4:3", "3:2", "1:1", "2:3", "3:4", "9:16", ... (9 values).
    Server default: "16:9"."""
    enhance_prompt: bool | Unset = UNSET
    """Boolean."""
    image_prompt_strength: float | Unset = UNSET
    """Number. Server default: 0.1."""
    num_images: float | Unset = UNSET
    """Number. Server default: 1."""
    output_format: FluxProV11UltraReduxInputOutputFormat | Unset = UNSET
    """One of "jpeg", "png". Server default: "jpeg"."""
    prompt: str | Unset = UNSET
    """String. Server default: ""."""
    raw: bool | Unset = UNSET
    """Boolean."""
    safety_tolerance: FluxProV11UltraReduxInputSafetyTolerance | Unset = UNSET
    """One of "1", "2", "3", "4", "5", "6". Server default: "2"."""
    seed: float | Unset = UNSET
    """Number."""
    sync_mode: bool | Unset = UNSET
    """Boolean."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        aspect_ratio: str | Unset
        if isinstance(self.aspect_ratio, Unset):
            aspect_ratio = UNSET
        elif isinstance(self.aspect_ratio, str):
            aspect_ratio = self.aspect_ratio
        else:
            aspect_ratio = self.aspect_ratio

        enhance_prompt = self.enhance_prompt

        image_prompt_strength = self.image_prompt_strength

        num_images = self.num_images

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        prompt = self.prompt

        raw = self.raw

        safety_tolerance: str | Unset = UNSET
        if not isinstance(self.safety_tolerance, Unset):
            safety_tolerance = self.safety_tolerance

        seed = self.seed

        sync_mode = self.sync_mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if enhance_prompt is not UNSET:
            field_dict["enhance_prompt"] = enhance_prompt
        if image_prompt_strength is not UNSET:
            field_dict["image_prompt_strength"] = image_prompt_strength
        if num_images is not UNSET:
            field_dict["num_images"] = num_images
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if raw is not UNSET:
            field_dict["raw"] = raw
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

        def _parse_aspect_ratio(
            data: object,
        ) -> FluxProV11UltraReduxInputAspectRatioType1 | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                aspect_ratio_type_1 = check_flux_pro_v11_ultra_redux_input_aspect_ratio_type_1(data)

                return aspect_ratio_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FluxProV11UltraReduxInputAspectRatioType1 | str | Unset, data)

        aspect_ratio = _parse_aspect_ratio(d.pop("aspect_ratio", UNSET))

        enhance_prompt = d.pop("enhance_prompt", UNSET)

        image_prompt_strength = d.pop("image_prompt_strength", UNSET)

        num_images = d.pop("num_images", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: FluxProV11UltraReduxInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_flux_pro_v11_ultra_redux_input_output_format(_output_format)

        prompt = d.pop("prompt", UNSET)

        raw = d.pop("raw", UNSET)

        _safety_tolerance = d.pop("safety_tolerance", UNSET)
        safety_tolerance: FluxProV11UltraReduxInputSafetyTolerance | Unset
        if isinstance(_safety_tolerance, Unset):
            safety_tolerance = UNSET
        else:
            safety_tolerance = check_flux_pro_v11_ultra_redux_input_safety_tolerance(
                _safety_tolerance
            )

        seed = d.pop("seed", UNSET)

        sync_mode = d.pop("sync_mode", UNSET)

        flux_pro_v11_ultra_redux_input = cls(
            image_url=image_url,
            aspect_ratio=aspect_ratio,
            enhance_prompt=enhance_prompt,
            image_prompt_strength=image_prompt_strength,
            num_images=num_images,
            output_format=output_format,
            prompt=prompt,
            raw=raw,
            safety_tolerance=safety_tolerance,
            seed=seed,
            sync_mode=sync_mode,
        )

        return flux_pro_v11_ultra_redux_input

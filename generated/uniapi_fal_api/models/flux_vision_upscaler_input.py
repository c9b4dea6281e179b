from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .flux_vision_upscaler_output import FluxVisionUpscalerOutput  # noqa: F401


T = TypeVar("T", bound="FluxVisionUpscalerInput")


@_attrs_define
class FluxVisionUpscalerInput(
    FalInput["FluxVisionUpscalerOutput"], endpoint="fal-ai/flux-vision-upscaler"
):
    """Input of `fal-ai/flux-vision-upscaler` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    creativity: float | Unset = UNSET
    """Number. Server default: 0.3."""
    enable_safety_checker: bool | Unset = UNSET
    """Boolean. Server default: true."""
    guidance: float | Unset = UNSET
    """Number. Server default: 1."""
    seed: float | Unset = UNSET
    """Number."""
    steps: float | Unset = UNSET
    """Number. Server default: 20."""
    upscale_factor: float | Unset = UNSET
    """Number. Server default: 2."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        creativity = self.creativity

        enable_safety_checker = self.enable_safety_checker

        guidance = self.guidance

        seed = self.seed

        steps = self.steps

        upscale_factor = self.upscale_factor

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
            }
        )
        if creativity is not UNSET:
            field_dict["creativity"] = creativity
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker
        if guidance is not UNSET:
            field_dict["guidance"] = guidance
        if seed is not UNSET:
            field_dict["seed"] = seed
        if steps is not UNSET:
            field_dict["steps"] = steps
        if upscale_factor is not UNSET:
            field_dict["upscale_factor"] = upscale_factor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        creativity = d.pop("creativity", UNSET)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        guidance = d.pop("guidance", UNSET)

        seed = d.pop("seed", UNSET)

        steps = d.pop("steps", UNSET)

        upscale_factor = d.pop("upscale_factor", UNSET)

        flux_vision_upscaler_input = cls(
            image_url=image_url,
            creativity=creativity,
            enable_safety_checker=enable_safety_checker,
            guidance=guidance,
            seed=seed,
            steps=steps,
            upscale_factor=upscale_factor,
        )

        return flux_vision_upscaler_input

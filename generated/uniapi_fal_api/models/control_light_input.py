from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.control_light_input_output_format import (
    ControlLightInputOutputFormat,
    check_control_light_input_output_format,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .control_light_output import ControlLightOutput  # noqa: F401


T = TypeVar("T", bound="ControlLightInput")


@_attrs_define
class ControlLightInput(FalInput["ControlLightOutput"], endpoint="fal-ai/control-light"):
    """Input of `fal-ai/control-light` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript
    types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    enable_safety_checker: bool | Unset = UNSET
    """Boolean. Server default: true."""
    guidance_scale: float | Unset = UNSET
    """Number. Server default: 1."""
    lighting_level: float | Unset = UNSET
    """Number. Server default: 0.75."""
    num_inference_steps: float | Unset = UNSET
    """Number. Server default: 4."""
    output_format: ControlLightInputOutputFormat | Unset = UNSET
    """One of "jpeg", "png", "webp". Server default: "png"."""
    prompt: str | Unset = UNSET
    """String. Server default: "Enhance this low-light image by lifting exposure and recovering
    visible details while preserving identity, geometry, atmosphere, natural colors, and
    avoiding halos, noise, over-sharpening, or overexposure."."""
    seed: float | Unset = UNSET
    """Number."""
    sync_mode: bool | Unset = UNSET
    """Boolean."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        enable_safety_checker = self.enable_safety_checker

        guidance_scale = self.guidance_scale

        lighting_level = self.lighting_level

        num_inference_steps = self.num_inference_steps

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        prompt = self.prompt

        seed = self.seed

        sync_mode = self.sync_mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
            }
        )
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if lighting_level is not UNSET:
            field_dict["lighting_level"] = lighting_level
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if seed is not UNSET:
            field_dict["seed"] = seed
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        guidance_scale = d.pop("guidance_scale", UNSET)

        lighting_level = d.pop("lighting_level", UNSET)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: ControlLightInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_control_light_input_output_format(_output_format)

        prompt = d.pop("prompt", UNSET)

        seed = d.pop("seed", UNSET)

        sync_mode = d.pop("sync_mode", UNSET)

        control_light_input = cls(
            image_url=image_url,
            enable_safety_checker=enable_safety_checker,
            guidance_scale=guidance_scale,
            lighting_level=lighting_level,
            num_inference_steps=num_inference_steps,
            output_format=output_format,
            prompt=prompt,
            seed=seed,
            sync_mode=sync_mode,
        )

        return control_light_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.flux_kontext_lora_input_acceleration import (
    FluxKontextLoraInputAcceleration,
    check_flux_kontext_lora_input_acceleration,
)
from ..models.flux_kontext_lora_input_output_format import (
    FluxKontextLoraInputOutputFormat,
    check_flux_kontext_lora_input_output_format,
)
from ..models.flux_kontext_lora_input_resolution_mode import (
    FluxKontextLoraInputResolutionMode,
    check_flux_kontext_lora_input_resolution_mode,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.lora_weight_vf02bfb import LoraWeightVF02BFB
    from .flux_kontext_lora_output import FluxKontextLoraOutput  # noqa: F401


T = TypeVar("T", bound="FluxKontextLoraInput")


@_attrs_define
class FluxKontextLoraInput(FalInput["FluxKontextLoraOutput"], endpoint="fal-ai/flux-kontext-lora"):
    """Input of `fal-ai/flux-kontext-lora` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript
    types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    prompt: str
    """String."""
    acceleration: FluxKontextLoraInputAcceleration | Unset = UNSET
    """One of "none", "regular", "high". Server default: "none"."""
    enable_safety_checker: bool | Unset = UNSET
    """Boolean. Server default: true."""
    guidance_scale: float | Unset = UNSET
    """Number. Server default: 2.5."""
    loras: list[LoraWeightVF02BFB] | Unset = UNSET
    """List of LoraWeightVF02BFB."""
    num_images: float | Unset = UNSET
    """Number. Server default: 1."""
    num_inference_steps: float | Unset = UNSET
    """Number. Server default: 30."""
    output_format: FluxKontextLoraInputOutputFormat | Unset = UNSET
    """One of "jpeg", "png". Server default: "png"."""
    resolution_mode: FluxKontextLoraInputResolutionMode | Unset = UNSET
    """One of "auto", "match_input", "1:1", "16:9", "21:9", "3:2", "2:3", "4:5", ... (13 values).
    Server default: "match_input"."""
    seed: float | Unset = UNSET
    """Number."""
    sync_mode: bool | Unset = UNSET
    """Boolean."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        prompt = self.prompt

        acceleration: str | Unset = UNSET
        if not isinstance(self.acceleration, Unset):
            acceleration = self.acceleration

        enable_safety_checker = self.enable_safety_checker

        guidance_scale = self.guidance_scale

        loras: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.loras, Unset):
            loras = []
            for loras_item_data in self.loras:
                loras_item = loras_item_data.to_dict()
                loras.append(loras_item)

        num_images = self.num_images

        num_inference_steps = self.num_inference_steps

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        resolution_mode: str | Unset = UNSET
        if not isinstance(self.resolution_mode, Unset):
            resolution_mode = self.resolution_mode

        seed = self.seed

        sync_mode = self.sync_mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
                "prompt": prompt,
            }
        )
        if acceleration is not UNSET:
            field_dict["acceleration"] = acceleration
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if loras is not UNSET:
            field_dict["loras"] = loras
        if num_images is not UNSET:
            field_dict["num_images"] = num_images
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if resolution_mode is not UNSET:
            field_dict["resolution_mode"] = resolution_mode
        if seed is not UNSET:
            field_dict["seed"] = seed
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.lora_weight_vf02bfb import LoraWeightVF02BFB  # noqa: PLC0415

        d = dict(src_dict)
        image_url = d.pop("image_url")

        prompt = d.pop("prompt")

        _acceleration = d.pop("acceleration", UNSET)
        acceleration: FluxKontextLoraInputAcceleration | Unset
        if isinstance(_acceleration, Unset):
            acceleration = UNSET
        else:
            acceleration = check_flux_kontext_lora_input_acceleration(_acceleration)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        guidance_scale = d.pop("guidance_scale", UNSET)

        _loras = d.pop("loras", UNSET)
        loras: list[LoraWeightVF02BFB] | Unset = UNSET
        if _loras is not UNSET:
            loras = []
            for loras_item_data in _loras:
                loras_item = LoraWeightVF02BFB.from_dict(loras_item_data)

                loras.append(loras_item)

        num_images = d.pop("num_images", UNSET)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: FluxKontextLoraInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_flux_kontext_lora_input_output_format(_output_format)

        _resolution_mode = d.pop("resolution_mode", UNSET)
        resolution_mode: FluxKontextLoraInputResolutionMode | Unset
        if isinstance(_resolution_mode, Unset):
            resolution_mode = UNSET
        else:
            resolution_mode = check_flux_kontext_lora_input_resolution_mode(_resolution_mode)

        seed = d.pop("seed", UNSET)

        sync_mode = d.pop("sync_mode", UNSET)

        flux_kontext_lora_input = cls(
            image_url=image_url,
            prompt=prompt,
            acceleration=acceleration,
            enable_safety_checker=enable_safety_checker,
            guidance_scale=guidance_scale,
            loras=loras,
            num_images=num_images,
            num_inference_steps=num_inference_steps,
            output_format=output_format,
            resolution_mode=resolution_mode,
            seed=seed,
            sync_mode=sync_mode,
        )

        return flux_kontext_lora_input

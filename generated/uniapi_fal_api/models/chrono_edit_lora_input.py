from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.chrono_edit_lora_input_output_format import (
    ChronoEditLoraInputOutputFormat,
    check_chrono_edit_lora_input_output_format,
)
from ..models.chrono_edit_lora_input_resolution import (
    ChronoEditLoraInputResolution,
    check_chrono_edit_lora_input_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chrono_lora_weight import ChronoLoraWeight
    from .chrono_edit_lora_output import ChronoEditLoraOutput  # noqa: F401


T = TypeVar("T", bound="ChronoEditLoraInput")


@_attrs_define
class ChronoEditLoraInput(FalInput["ChronoEditLoraOutput"], endpoint="fal-ai/chrono-edit-lora"):
    """Input of `fal-ai/chrono-edit-lora` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript
    types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    prompt: str
    """String."""
    enable_prompt_expansion: bool | Unset = UNSET
    """Boolean. Server default: true."""
    enable_safety_checker: bool | Unset = UNSET
    """Boolean. Server default: true."""
    enable_temporal_reasoning: bool | Unset = UNSET
    """Boolean."""
    guidance_scale: float | Unset = UNSET
    """Number. Server default: 1."""
    loras: list[ChronoLoraWeight] | Unset = UNSET
    """List of ChronoLoraWeight."""
    num_inference_steps: float | Unset = UNSET
    """Number. Server default: 8."""
    num_temporal_reasoning_steps: float | Unset = UNSET
    """Number. Server default: 8."""
    output_format: ChronoEditLoraInputOutputFormat | Unset = UNSET
    """One of "jpeg", "png", "webp". Server default: "jpeg"."""
    resolution: ChronoEditLoraInputResolution | Unset = UNSET
    """One of "480p", "720p". Server default: "480p"."""
    seed: float | Unset = UNSET
    """Number."""
    sync_mode: bool | Unset = UNSET
    """Boolean."""
    turbo_mode: bool | Unset = UNSET
    """Boolean. Server default: true."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        prompt = self.prompt

        enable_prompt_expansion = self.enable_prompt_expansion

        enable_safety_checker = self.enable_safety_checker

        enable_temporal_reasoning = self.enable_temporal_reasoning

        guidance_scale = self.guidance_scale

        loras: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.loras, Unset):
            loras = []
            for loras_item_data in self.loras:
                loras_item = loras_item_data.to_dict()
                loras.append(loras_item)

        num_inference_steps = self.num_inference_steps

        num_temporal_reasoning_steps = self.num_temporal_reasoning_steps

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        seed = self.seed

        sync_mode = self.sync_mode

        turbo_mode = self.turbo_mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
                "prompt": prompt,
            }
        )
        if enable_prompt_expansion is not UNSET:
            field_dict["enable_prompt_expansion"] = enable_prompt_expansion
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker
        if enable_temporal_reasoning is not UNSET:
            field_dict["enable_temporal_reasoning"] = enable_temporal_reasoning
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if loras is not UNSET:
            field_dict["loras"] = loras
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if num_temporal_reasoning_steps is not UNSET:
            field_dict["num_temporal_reasoning_steps"] = num_temporal_reasoning_steps
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if seed is not UNSET:
            field_dict["seed"] = seed
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode
        if turbo_mode is not UNSET:
            field_dict["turbo_mode"] = turbo_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chrono_lora_weight import ChronoLoraWeight  # noqa: PLC0415

        d = dict(src_dict)
        image_url = d.pop("image_url")

        prompt = d.pop("prompt")

        enable_prompt_expansion = d.pop("enable_prompt_expansion", UNSET)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        enable_temporal_reasoning = d.pop("enable_temporal_reasoning", UNSET)

        guidance_scale = d.pop("guidance_scale", UNSET)

        _loras = d.pop("loras", UNSET)
        loras: list[ChronoLoraWeight] | Unset = UNSET
        if _loras is not UNSET:
            loras = []
            for loras_item_data in _loras:
                loras_item = ChronoLoraWeight.from_dict(loras_item_data)

                loras.append(loras_item)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        num_temporal_reasoning_steps = d.pop("num_temporal_reasoning_steps", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: ChronoEditLoraInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_chrono_edit_lora_input_output_format(_output_format)

        _resolution = d.pop("resolution", UNSET)
        resolution: ChronoEditLoraInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_chrono_edit_lora_input_resolution(_resolution)

        seed = d.pop("seed", UNSET)

        sync_mode = d.pop("sync_mode", UNSET)

        turbo_mode = d.pop("turbo_mode", UNSET)

        chrono_edit_lora_input = cls(
            image_url=image_url,
            prompt=prompt,
            enable_prompt_expansion=enable_prompt_expansion,
            enable_safety_checker=enable_safety_checker,
            enable_temporal_reasoning=enable_temporal_reasoning,
            guidance_scale=guidance_scale,
            loras=loras,
            num_inference_steps=num_inference_steps,
            num_temporal_reasoning_steps=num_temporal_reasoning_steps,
            output_format=output_format,
            resolution=resolution,
            seed=seed,
            sync_mode=sync_mode,
            turbo_mode=turbo_mode,
        )

        return chrono_edit_lora_input

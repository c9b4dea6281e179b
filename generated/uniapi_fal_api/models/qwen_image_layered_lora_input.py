from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.qwen_image_layered_lora_input_acceleration import (
    QwenImageLayeredLoraInputAcceleration,
    check_qwen_image_layered_lora_input_acceleration,
)
from ..models.qwen_image_layered_lora_input_output_format import (
    QwenImageLayeredLoraInputOutputFormat,
    check_qwen_image_layered_lora_input_output_format,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.lo_ra_input_vd91458 import LoRAInputVD91458
    from .qwen_image_layered_lora_output import QwenImageLayeredLoraOutput  # noqa: F401


T = TypeVar("T", bound="QwenImageLayeredLoraInput")


@_attrs_define
class QwenImageLayeredLoraInput(
    FalInput["QwenImageLayeredLoraOutput"], endpoint="fal-ai/qwen-image-layered/lora"
):
    """Input of `fal-ai/qwen-image-layered/lora` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    acceleration: QwenImageLayeredLoraInputAcceleration | Unset = UNSET
    """One of "none", "regular", "high". Server default: "regular"."""
    enable_safety_checker: bool | Unset = UNSET
    """Boolean. Server default: true."""
    guidance_scale: float | Unset = UNSET
    """Number. Server default: 5."""
    loras: list[LoRAInputVD91458] | Unset = UNSET
    """List of LoRAInputVD91458."""
    negative_prompt: str | Unset = UNSET
    """String. Server default: ""."""
    num_inference_steps: float | Unset = UNSET
    """Number. Server default: 28."""
    num_layers: float | Unset = UNSET
    """Number. Server default: 4."""
    output_format: QwenImageLayeredLoraInputOutputFormat | Unset = UNSET
    """One of "png", "webp". Server default: "png"."""
    prompt: str | Unset = UNSET
    """String."""
    seed: float | Unset = UNSET
    """Number."""
    sync_mode: bool | Unset = UNSET
    """Boolean."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

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

        negative_prompt = self.negative_prompt

        num_inference_steps = self.num_inference_steps

        num_layers = self.num_layers

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
        if acceleration is not UNSET:
            field_dict["acceleration"] = acceleration
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if loras is not UNSET:
            field_dict["loras"] = loras
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if num_layers is not UNSET:
            field_dict["num_layers"] = num_layers
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
        from ..models.lo_ra_input_vd91458 import LoRAInputVD91458  # noqa: PLC0415

        d = dict(src_dict)
        image_url = d.pop("image_url")

        _acceleration = d.pop("acceleration", UNSET)
        acceleration: QwenImageLayeredLoraInputAcceleration | Unset
        if isinstance(_acceleration, Unset):
            acceleration = UNSET
        else:
            acceleration = check_qwen_image_layered_lora_input_acceleration(_acceleration)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        guidance_scale = d.pop("guidance_scale", UNSET)

        _loras = d.pop("loras", UNSET)
        loras: list[LoRAInputVD91458] | Unset = UNSET
        if _loras is not UNSET:
            loras = []
            for loras_item_data in _loras:
                loras_item = LoRAInputVD91458.from_dict(loras_item_data)

                loras.append(loras_item)

        negative_prompt = d.pop("negative_prompt", UNSET)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        num_layers = d.pop("num_layers", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: QwenImageLayeredLoraInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_qwen_image_layered_lora_input_output_format(_output_format)

        prompt = d.pop("prompt", UNSET)

        seed = d.pop("seed", UNSET)

        sync_mode = d.pop("sync_mode", UNSET)

        qwen_image_layered_lora_input = cls(
            image_url=image_url,
            acceleration=acceleration,
            enable_safety_checker=enable_safety_checker,
            guidance_scale=guidance_scale,
            loras=loras,
            negative_prompt=negative_prompt,
            num_inference_steps=num_inference_steps,
            num_layers=num_layers,
            output_format=output_format,
            prompt=prompt,
            seed=seed,
            sync_mode=sync_mode,
        )

        return qwen_image_layered_lora_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .layer_diffusion_output import LayerDiffusionOutput  # noqa: F401


T = TypeVar("T", bound="LayerDiffusionInput")


@_attrs_define
class LayerDiffusionInput(FalInput["LayerDiffusionOutput"], endpoint="fal-ai/layer-diffusion"):
    """Input of `fal-ai/layer-diffusion` (text-to-image). fal no longer lists this endpoint."""

    prompt: str | Unset = UNSET
    """Prompt: string. Server default: ""."""
    negative_prompt: str | Unset = UNSET
    """Negative Prompt: string. Server default: "text, watermark"."""
    guidance_scale: float | Unset = UNSET
    """Guidance Scale: number, 0 to 20. Server default: 8."""
    num_inference_steps: int | Unset = UNSET
    """Num Inference Steps: integer, 10 to 40. Server default: 20."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    enable_safety_checker: bool | Unset = UNSET
    """Enable Safety Checker: boolean. Server default: true."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        negative_prompt = self.negative_prompt

        guidance_scale = self.guidance_scale

        num_inference_steps = self.num_inference_steps

        seed = self.seed

        enable_safety_checker = self.enable_safety_checker

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if seed is not UNSET:
            field_dict["seed"] = seed
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt", UNSET)

        negative_prompt = d.pop("negative_prompt", UNSET)

        guidance_scale = d.pop("guidance_scale", UNSET)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        seed = d.pop("seed", UNSET)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        layer_diffusion_input = cls(
            prompt=prompt,
            negative_prompt=negative_prompt,
            guidance_scale=guidance_scale,
            num_inference_steps=num_inference_steps,
            seed=seed,
            enable_safety_checker=enable_safety_checker,
        )

        return layer_diffusion_input

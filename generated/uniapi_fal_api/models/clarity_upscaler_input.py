from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .clarity_upscaler_output import ClarityUpscalerOutput  # noqa: F401


T = TypeVar("T", bound="ClarityUpscalerInput")


@_attrs_define
class ClarityUpscalerInput(FalInput["ClarityUpscalerOutput"], endpoint="fal-ai/clarity-upscaler"):
    """Input of `fal-ai/clarity-upscaler` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript
    types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    creativity: float | Unset = UNSET
    """Number. Server default: 0.35."""
    enable_safety_checker: bool | Unset = UNSET
    """Boolean. Server default: true."""
    guidance_scale: float | Unset = UNSET
    """Number. Server default: 4."""
    negative_prompt: str | Unset = UNSET
    """String. Server default: "(worst quality, low quality, normal quality:2)"."""
    num_inference_steps: float | Unset = UNSET
    """Number. Server default: 18."""
    prompt: str | Unset = UNSET
    """String. Server default: "masterpiece, best quality, highres"."""
    resemblance: float | Unset = UNSET
    """Number. Server default: 0.6."""
    seed: float | Unset = UNSET
    """Number."""
    upscale_factor: float | Unset = UNSET
    """Number. Server default: 2."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        creativity = self.creativity

        enable_safety_checker = self.enable_safety_checker

        guidance_scale = self.guidance_scale

        negative_prompt = self.negative_prompt

        num_inference_steps = self.num_inference_steps

        prompt = self.prompt

        resemblance = self.resemblance

        seed = self.seed

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
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if resemblance is not UNSET:
            field_dict["resemblance"] = resemblance
        if seed is not UNSET:
            field_dict["seed"] = seed
        if upscale_factor is not UNSET:
            field_dict["upscale_factor"] = upscale_factor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        creativity = d.pop("creativity", UNSET)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        guidance_scale = d.pop("guidance_scale", UNSET)

        negative_prompt = d.pop("negative_prompt", UNSET)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        prompt = d.pop("prompt", UNSET)

        resemblance = d.pop("resemblance", UNSET)

        seed = d.pop("seed", UNSET)

        upscale_factor = d.pop("upscale_factor", UNSET)

        clarity_upscaler_input = cls(
            image_url=image_url,
            creativity=creativity,
            enable_safety_checker=enable_safety_checker,
            guidance_scale=guidance_scale,
            negative_prompt=negative_prompt,
            num_inference_steps=num_inference_steps,
            prompt=prompt,
            resemblance=resemblance,
            seed=seed,
            upscale_factor=upscale_factor,
        )

        return clarity_upscaler_input

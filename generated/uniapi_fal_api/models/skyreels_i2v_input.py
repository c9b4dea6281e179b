from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.skyreels_i2v_input_aspect_ratio import (
    SkyreelsI2VInputAspectRatio,
    check_skyreels_i2v_input_aspect_ratio,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .skyreels_i2v_output import SkyreelsI2VOutput  # noqa: F401


T = TypeVar("T", bound="SkyreelsI2VInput")


@_attrs_define
class SkyreelsI2VInput(FalInput["SkyreelsI2VOutput"], endpoint="fal-ai/skyreels-i2v"):
    """Input of `fal-ai/skyreels-i2v` (image-to-video). fal no longer lists this endpoint."""

    prompt: str
    """Prompt: string."""
    image_url: str
    """Image Url: string."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    guidance_scale: float | Unset = UNSET
    """Guidance Scale: number, 1 to 20. Server default: 6."""
    num_inference_steps: int | Unset = UNSET
    """Num Inference Steps: integer, 1 to 50. Server default: 30."""
    negative_prompt: str | Unset = UNSET
    """Negative Prompt: string."""
    aspect_ratio: SkyreelsI2VInputAspectRatio | Unset = UNSET
    """Aspect Ratio: one of "16:9", "9:16". Server default: "16:9"."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        image_url = self.image_url

        seed = self.seed

        guidance_scale = self.guidance_scale

        num_inference_steps = self.num_inference_steps

        negative_prompt = self.negative_prompt

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
                "image_url": image_url,
            }
        )
        if seed is not UNSET:
            field_dict["seed"] = seed
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        image_url = d.pop("image_url")

        seed = d.pop("seed", UNSET)

        guidance_scale = d.pop("guidance_scale", UNSET)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        negative_prompt = d.pop("negative_prompt", UNSET)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: SkyreelsI2VInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_skyreels_i2v_input_aspect_ratio(_aspect_ratio)

        skyreels_i2v_input = cls(
            prompt=prompt,
            image_url=image_url,
            seed=seed,
            guidance_scale=guidance_scale,
            num_inference_steps=num_inference_steps,
            negative_prompt=negative_prompt,
            aspect_ratio=aspect_ratio,
        )

        return skyreels_i2v_input

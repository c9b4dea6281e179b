from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .ltx_video_output import LtxVideoOutput  # noqa: F401


T = TypeVar("T", bound="LtxVideoInput")


@_attrs_define
class LtxVideoInput(FalInput["LtxVideoOutput"], endpoint="fal-ai/ltx-video"):
    """Input of `fal-ai/ltx-video` (text-to-video)."""

    prompt: str
    """Prompt: string."""
    negative_prompt: str | Unset = UNSET
    """Negative Prompt: string. Server default: "low quality, worst quality, deformed, distorted,
    disfigured, motion smear, motion artifacts, fused fingers, bad anatomy, weird hand, ugly"."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    num_inference_steps: int | Unset = UNSET
    """Number of Inference Steps: integer, 1 to 50. Server default: 30."""
    guidance_scale: float | Unset = UNSET
    """Guidance Scale: number, at most 10, more than 1. Server default: 3."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        negative_prompt = self.negative_prompt

        seed = self.seed

        num_inference_steps = self.num_inference_steps

        guidance_scale = self.guidance_scale

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if seed is not UNSET:
            field_dict["seed"] = seed
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        negative_prompt = d.pop("negative_prompt", UNSET)

        seed = d.pop("seed", UNSET)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        guidance_scale = d.pop("guidance_scale", UNSET)

        ltx_video_input = cls(
            prompt=prompt,
            negative_prompt=negative_prompt,
            seed=seed,
            num_inference_steps=num_inference_steps,
            guidance_scale=guidance_scale,
        )

        return ltx_video_input

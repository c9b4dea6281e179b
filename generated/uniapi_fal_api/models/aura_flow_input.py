from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .aura_flow_output import AuraFlowOutput  # noqa: F401


T = TypeVar("T", bound="AuraFlowInput")


@_attrs_define
class AuraFlowInput(FalInput["AuraFlowOutput"], endpoint="fal-ai/aura-flow"):
    """Input of `fal-ai/aura-flow` (text-to-image)."""

    prompt: str
    """Prompt: string."""
    num_images: int | Unset = UNSET
    """Num Images: integer, 1 to 2. Server default: 1."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    guidance_scale: float | Unset = UNSET
    """Guidance Scale: number, 0 to 20. Server default: 3.5."""
    num_inference_steps: int | Unset = UNSET
    """Num Inference Steps: integer, 20 to 50. Server default: 50."""
    expand_prompt: bool | Unset = UNSET
    """Expand Prompt: boolean. Server default: true."""
    sync_mode: bool | Unset = UNSET
    """Sync Mode: boolean. Server default: false."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        num_images = self.num_images

        seed = self.seed

        guidance_scale = self.guidance_scale

        num_inference_steps = self.num_inference_steps

        expand_prompt = self.expand_prompt

        sync_mode = self.sync_mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if num_images is not UNSET:
            field_dict["num_images"] = num_images
        if seed is not UNSET:
            field_dict["seed"] = seed
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if expand_prompt is not UNSET:
            field_dict["expand_prompt"] = expand_prompt
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        num_images = d.pop("num_images", UNSET)

        seed = d.pop("seed", UNSET)

        guidance_scale = d.pop("guidance_scale", UNSET)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        expand_prompt = d.pop("expand_prompt", UNSET)

        sync_mode = d.pop("sync_mode", UNSET)

        aura_flow_input = cls(
            prompt=prompt,
            num_images=num_images,
            seed=seed,
            guidance_scale=guidance_scale,
            num_inference_steps=num_inference_steps,
            expand_prompt=expand_prompt,
            sync_mode=sync_mode,
        )

        return aura_flow_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .inpaint_output import InpaintOutput  # noqa: F401


T = TypeVar("T", bound="InpaintInput")


@_attrs_define
class InpaintInput(FalInput["InpaintOutput"], endpoint="fal-ai/inpaint"):
    """Input of `fal-ai/inpaint` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript types):
    types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    mask_url: str
    """URL or local file."""
    model_name: str
    """String."""
    prompt: str
    """String."""
    guidance_scale: float | Unset = UNSET
    """Number. Server default: 7.5."""
    negative_prompt: str | Unset = UNSET
    """String. Server default: ""."""
    num_inference_steps: float | Unset = UNSET
    """Number. Server default: 30."""
    seed: float | Unset = UNSET
    """Number."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        mask_url = self.mask_url

        model_name = self.model_name

        prompt = self.prompt

        guidance_scale = self.guidance_scale

        negative_prompt = self.negative_prompt

        num_inference_steps = self.num_inference_steps

        seed = self.seed

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
                "mask_url": mask_url,
                "model_name": model_name,
                "prompt": prompt,
            }
        )
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if seed is not UNSET:
            field_dict["seed"] = seed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        mask_url = d.pop("mask_url")

        model_name = d.pop("model_name")

        prompt = d.pop("prompt")

        guidance_scale = d.pop("guidance_scale", UNSET)

        negative_prompt = d.pop("negative_prompt", UNSET)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        seed = d.pop("seed", UNSET)

        inpaint_input = cls(
            image_url=image_url,
            mask_url=mask_url,
            model_name=model_name,
            prompt=prompt,
            guidance_scale=guidance_scale,
            negative_prompt=negative_prompt,
            num_inference_steps=num_inference_steps,
            seed=seed,
        )

        return inpaint_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .pasd_output import PasdOutput  # noqa: F401


T = TypeVar("T", bound="PasdInput")


@_attrs_define
class PasdInput(FalInput["PasdOutput"], endpoint="fal-ai/pasd"):
    """Input of `fal-ai/pasd` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript types): types,
    enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    conditioning_scale: float | Unset = UNSET
    """Number. Server default: 0.8."""
    guidance_scale: float | Unset = UNSET
    """Number. Server default: 7."""
    negative_prompt: str | Unset = UNSET
    """String. Server default: "blurry, dirty, messy, frames, deformed, dotted, noise, raster
    lines, unclear, lowres, over-smoothed, painting, ai generated"."""
    prompt: str | Unset = UNSET
    """String. Server default: ""."""
    scale: float | Unset = UNSET
    """Number. Server default: 2."""
    steps: float | Unset = UNSET
    """Number. Server default: 25."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        conditioning_scale = self.conditioning_scale

        guidance_scale = self.guidance_scale

        negative_prompt = self.negative_prompt

        prompt = self.prompt

        scale = self.scale

        steps = self.steps

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
            }
        )
        if conditioning_scale is not UNSET:
            field_dict["conditioning_scale"] = conditioning_scale
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if scale is not UNSET:
            field_dict["scale"] = scale
        if steps is not UNSET:
            field_dict["steps"] = steps

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        conditioning_scale = d.pop("conditioning_scale", UNSET)

        guidance_scale = d.pop("guidance_scale", UNSET)

        negative_prompt = d.pop("negative_prompt", UNSET)

        prompt = d.pop("prompt", UNSET)

        scale = d.pop("scale", UNSET)

        steps = d.pop("steps", UNSET)

        pasd_input = cls(
            image_url=image_url,
            conditioning_scale=conditioning_scale,
            guidance_scale=guidance_scale,
            negative_prompt=negative_prompt,
            prompt=prompt,
            scale=scale,
            steps=steps,
        )

        return pasd_input

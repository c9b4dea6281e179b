from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .flowedit_output import FloweditOutput  # noqa: F401


T = TypeVar("T", bound="FloweditInput")


@_attrs_define
class FloweditInput(FalInput["FloweditOutput"], endpoint="fal-ai/flowedit"):
    """Input of `fal-ai/flowedit` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript types):
    types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    source_prompt: str
    """String."""
    target_prompt: str
    """String."""
    n_avg: float | Unset = UNSET
    """Number. Server default: 1."""
    n_max: float | Unset = UNSET
    """Number. Server default: 23."""
    n_min: float | Unset = UNSET
    """Number."""
    num_inference_steps: float | Unset = UNSET
    """Number. Server default: 28."""
    seed: float | Unset = UNSET
    """Number."""
    src_guidance_scale: float | Unset = UNSET
    """Number. Server default: 1.5."""
    tar_guidance_scale: float | Unset = UNSET
    """Number. Server default: 5.5."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        source_prompt = self.source_prompt

        target_prompt = self.target_prompt

        n_avg = self.n_avg

        n_max = self.n_max

        n_min = self.n_min

        num_inference_steps = self.num_inference_steps

        seed = self.seed

        src_guidance_scale = self.src_guidance_scale

        tar_guidance_scale = self.tar_guidance_scale

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
                "source_prompt": source_prompt,
                "target_prompt": target_prompt,
            }
        )
        if n_avg is not UNSET:
            field_dict["n_avg"] = n_avg
        if n_max is not UNSET:
            field_dict["n_max"] = n_max
        if n_min is not UNSET:
            field_dict["n_min"] = n_min
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if seed is not UNSET:
            field_dict["seed"] = seed
        if src_guidance_scale is not UNSET:
            field_dict["src_guidance_scale"] = src_guidance_scale
        if tar_guidance_scale is not UNSET:
            field_dict["tar_guidance_scale"] = tar_guidance_scale

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        source_prompt = d.pop("source_prompt")

        target_prompt = d.pop("target_prompt")

        n_avg = d.pop("n_avg", UNSET)

        n_max = d.pop("n_max", UNSET)

        n_min = d.pop("n_min", UNSET)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        seed = d.pop("seed", UNSET)

        src_guidance_scale = d.pop("src_guidance_scale", UNSET)

        tar_guidance_scale = d.pop("tar_guidance_scale", UNSET)

        flowedit_input = cls(
            image_url=image_url,
            source_prompt=source_prompt,
            target_prompt=target_prompt,
            n_avg=n_avg,
            n_max=n_max,
            n_min=n_min,
            num_inference_steps=num_inference_steps,
            seed=seed,
            src_guidance_scale=src_guidance_scale,
            tar_guidance_scale=tar_guidance_scale,
        )

        return flowedit_input

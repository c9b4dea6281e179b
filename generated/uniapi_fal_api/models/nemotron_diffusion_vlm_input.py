from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .nemotron_diffusion_vlm_output import NemotronDiffusionVlmOutput  # noqa: F401


T = TypeVar("T", bound="NemotronDiffusionVlmInput")


@_attrs_define
class NemotronDiffusionVlmInput(
    FalInput["NemotronDiffusionVlmOutput"], endpoint="fal-ai/nemotron-diffusion-vlm"
):
    """Input of `fal-ai/nemotron-diffusion-vlm` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    prompt: str
    """String."""
    block_length: float | Unset = UNSET
    """Number. Server default: 32."""
    max_tokens: float | Unset = UNSET
    """Number. Server default: 512."""
    num_inference_steps: float | Unset = UNSET
    """Number. Server default: 256."""
    threshold: float | Unset = UNSET
    """Number. Server default: 0.9."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        prompt = self.prompt

        block_length = self.block_length

        max_tokens = self.max_tokens

        num_inference_steps = self.num_inference_steps

        threshold = self.threshold

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
                "prompt": prompt,
            }
        )
        if block_length is not UNSET:
            field_dict["block_length"] = block_length
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if threshold is not UNSET:
            field_dict["threshold"] = threshold

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        prompt = d.pop("prompt")

        block_length = d.pop("block_length", UNSET)

        max_tokens = d.pop("max_tokens", UNSET)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        threshold = d.pop("threshold", UNSET)

        nemotron_diffusion_vlm_input = cls(
            image_url=image_url,
            prompt=prompt,
            block_length=block_length,
            max_tokens=max_tokens,
            num_inference_steps=num_inference_steps,
            threshold=threshold,
        )

        return nemotron_diffusion_vlm_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .bernini_r_edit_image_output import BerniniREditImageOutput  # noqa: F401


T = TypeVar("T", bound="BerniniREditImageInput")


@_attrs_define
class BerniniREditImageInput(
    FalInput["BerniniREditImageOutput"], endpoint="fal-ai/bernini-r/edit-image"
):
    """Input of `fal-ai/bernini-r/edit-image` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    prompt: str
    """String."""
    enable_prompt_expansion: bool | Unset = UNSET
    """Boolean."""
    max_image_size: float | Unset = UNSET
    """Number. Server default: 848."""
    negative_prompt: str | Unset = UNSET
    """String."""
    num_inference_steps: float | Unset = UNSET
    """Number. Server default: 30."""
    seed: float | Unset = UNSET
    """Number."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        prompt = self.prompt

        enable_prompt_expansion = self.enable_prompt_expansion

        max_image_size = self.max_image_size

        negative_prompt = self.negative_prompt

        num_inference_steps = self.num_inference_steps

        seed = self.seed

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
                "prompt": prompt,
            }
        )
        if enable_prompt_expansion is not UNSET:
            field_dict["enable_prompt_expansion"] = enable_prompt_expansion
        if max_image_size is not UNSET:
            field_dict["max_image_size"] = max_image_size
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

        prompt = d.pop("prompt")

        enable_prompt_expansion = d.pop("enable_prompt_expansion", UNSET)

        max_image_size = d.pop("max_image_size", UNSET)

        negative_prompt = d.pop("negative_prompt", UNSET)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        seed = d.pop("seed", UNSET)

        bernini_r_edit_image_input = cls(
            image_url=image_url,
            prompt=prompt,
            enable_prompt_expansion=enable_prompt_expansion,
            max_image_size=max_image_size,
            negative_prompt=negative_prompt,
            num_inference_steps=num_inference_steps,
            seed=seed,
        )

        return bernini_r_edit_image_input

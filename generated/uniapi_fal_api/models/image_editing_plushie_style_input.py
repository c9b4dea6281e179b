from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .image_editing_plushie_style_output import ImageEditingPlushieStyleOutput  # noqa: F401


T = TypeVar("T", bound="ImageEditingPlushieStyleInput")


@_attrs_define
class ImageEditingPlushieStyleInput(
    FalInput["ImageEditingPlushieStyleOutput"], endpoint="fal-ai/image-editing/plushie-style"
):
    """Input of `fal-ai/image-editing/plushie-style` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    enable_safety_checker: bool | Unset = UNSET
    """Boolean. Server default: true."""
    guidance_scale: float | Unset = UNSET
    """Number. Server default: 3.5."""
    lora_scale: float | Unset = UNSET
    """Number. Server default: 0.6."""
    num_inference_steps: float | Unset = UNSET
    """Number. Server default: 30."""
    seed: float | Unset = UNSET
    """Number."""
    sync_mode: bool | Unset = UNSET
    """Boolean."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        enable_safety_checker = self.enable_safety_checker

        guidance_scale = self.guidance_scale

        lora_scale = self.lora_scale

        num_inference_steps = self.num_inference_steps

        seed = self.seed

        sync_mode = self.sync_mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
            }
        )
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if lora_scale is not UNSET:
            field_dict["lora_scale"] = lora_scale
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if seed is not UNSET:
            field_dict["seed"] = seed
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        guidance_scale = d.pop("guidance_scale", UNSET)

        lora_scale = d.pop("lora_scale", UNSET)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        seed = d.pop("seed", UNSET)

        sync_mode = d.pop("sync_mode", UNSET)

        image_editing_plushie_style_input = cls(
            image_url=image_url,
            enable_safety_checker=enable_safety_checker,
            guidance_scale=guidance_scale,
            lora_scale=lora_scale,
            num_inference_steps=num_inference_steps,
            seed=seed,
            sync_mode=sync_mode,
        )

        return image_editing_plushie_style_input

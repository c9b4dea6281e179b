from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .lcm_sd_15i2i_output import LcmSd15I2IOutput  # noqa: F401


T = TypeVar("T", bound="LcmSd15I2IInput")


@_attrs_define
class LcmSd15I2IInput(FalInput["LcmSd15I2IOutput"], endpoint="fal-ai/lcm-sd15-i2i"):
    """Input of `fal-ai/lcm-sd15-i2i` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript
    types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    prompt: str
    """String."""
    enable_safety_checks: bool | Unset = UNSET
    """Boolean. Server default: true."""
    guidance_scale: float | Unset = UNSET
    """Number. Server default: 1."""
    mask_url: str | Unset = UNSET
    """URL or local file."""
    negative_prompt: str | Unset = UNSET
    """String. Server default: ""."""
    num_images: float | Unset = UNSET
    """Number. Server default: 1."""
    num_inference_steps: float | Unset = UNSET
    """Number. Server default: 4."""
    request_id: str | Unset = UNSET
    """String. Server default: ""."""
    seed: float | Unset = UNSET
    """Number."""
    strength: float | Unset = UNSET
    """Number. Server default: 0.8."""
    sync_mode: bool | Unset = UNSET
    """Boolean."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        prompt = self.prompt

        enable_safety_checks = self.enable_safety_checks

        guidance_scale = self.guidance_scale

        mask_url = self.mask_url

        negative_prompt = self.negative_prompt

        num_images = self.num_images

        num_inference_steps = self.num_inference_steps

        request_id = self.request_id

        seed = self.seed

        strength = self.strength

        sync_mode = self.sync_mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
                "prompt": prompt,
            }
        )
        if enable_safety_checks is not UNSET:
            field_dict["enable_safety_checks"] = enable_safety_checks
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if mask_url is not UNSET:
            field_dict["mask_url"] = mask_url
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if num_images is not UNSET:
            field_dict["num_images"] = num_images
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if seed is not UNSET:
            field_dict["seed"] = seed
        if strength is not UNSET:
            field_dict["strength"] = strength
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        prompt = d.pop("prompt")

        enable_safety_checks = d.pop("enable_safety_checks", UNSET)

        guidance_scale = d.pop("guidance_scale", UNSET)

        mask_url = d.pop("mask_url", UNSET)

        negative_prompt = d.pop("negative_prompt", UNSET)

        num_images = d.pop("num_images", UNSET)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        request_id = d.pop("request_id", UNSET)

        seed = d.pop("seed", UNSET)

        strength = d.pop("strength", UNSET)

        sync_mode = d.pop("sync_mode", UNSET)

        lcm_sd_15i2i_input = cls(
            image_url=image_url,
            prompt=prompt,
            enable_safety_checks=enable_safety_checks,
            guidance_scale=guidance_scale,
            mask_url=mask_url,
            negative_prompt=negative_prompt,
            num_images=num_images,
            num_inference_steps=num_inference_steps,
            request_id=request_id,
            seed=seed,
            strength=strength,
            sync_mode=sync_mode,
        )

        return lcm_sd_15i2i_input

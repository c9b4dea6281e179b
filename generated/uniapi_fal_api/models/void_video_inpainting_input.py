from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .void_video_inpainting_output import VoidVideoInpaintingOutput  # noqa: F401


T = TypeVar("T", bound="VoidVideoInpaintingInput")


@_attrs_define
class VoidVideoInpaintingInput(
    FalInput["VoidVideoInpaintingOutput"], endpoint="fal-ai/void-video-inpainting"
):
    """Input of `fal-ai/void-video-inpainting` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    prompt: str
    """String."""
    video_url: str
    """URL or local file."""
    enable_pass2_refinement: bool | Unset = UNSET
    """Boolean."""
    enable_safety_checker: bool | Unset = UNSET
    """Boolean. Server default: true."""
    guidance_scale: float | Unset = UNSET
    """Number. Server default: 1."""
    mask_prompt: str | Unset = UNSET
    """String."""
    negative_prompt: str | Unset = UNSET
    """String. Server default: "The video is not of a high quality, it has a low resolution.
    Watermark present in each frame. The background is solid. Strange body and strange
    trajectory. Distortion."."""
    num_frames: float | Unset = UNSET
    """Number. Server default: 85."""
    num_inference_steps: float | Unset = UNSET
    """Number. Server default: 30."""
    quad_mask_video_url: str | Unset = UNSET
    """URL or local file. Server default: ""."""
    seed: float | Unset = UNSET
    """Number."""
    strength: float | Unset = UNSET
    """Number. Server default: 1."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        video_url = self.video_url

        enable_pass2_refinement = self.enable_pass2_refinement

        enable_safety_checker = self.enable_safety_checker

        guidance_scale = self.guidance_scale

        mask_prompt = self.mask_prompt

        negative_prompt = self.negative_prompt

        num_frames = self.num_frames

        num_inference_steps = self.num_inference_steps

        quad_mask_video_url = self.quad_mask_video_url

        seed = self.seed

        strength = self.strength

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
                "video_url": video_url,
            }
        )
        if enable_pass2_refinement is not UNSET:
            field_dict["enable_pass2_refinement"] = enable_pass2_refinement
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if mask_prompt is not UNSET:
            field_dict["mask_prompt"] = mask_prompt
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if num_frames is not UNSET:
            field_dict["num_frames"] = num_frames
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if quad_mask_video_url is not UNSET:
            field_dict["quad_mask_video_url"] = quad_mask_video_url
        if seed is not UNSET:
            field_dict["seed"] = seed
        if strength is not UNSET:
            field_dict["strength"] = strength

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        video_url = d.pop("video_url")

        enable_pass2_refinement = d.pop("enable_pass2_refinement", UNSET)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        guidance_scale = d.pop("guidance_scale", UNSET)

        mask_prompt = d.pop("mask_prompt", UNSET)

        negative_prompt = d.pop("negative_prompt", UNSET)

        num_frames = d.pop("num_frames", UNSET)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        quad_mask_video_url = d.pop("quad_mask_video_url", UNSET)

        seed = d.pop("seed", UNSET)

        strength = d.pop("strength", UNSET)

        void_video_inpainting_input = cls(
            prompt=prompt,
            video_url=video_url,
            enable_pass2_refinement=enable_pass2_refinement,
            enable_safety_checker=enable_safety_checker,
            guidance_scale=guidance_scale,
            mask_prompt=mask_prompt,
            negative_prompt=negative_prompt,
            num_frames=num_frames,
            num_inference_steps=num_inference_steps,
            quad_mask_video_url=quad_mask_video_url,
            seed=seed,
            strength=strength,
        )

        return void_video_inpainting_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.nvidia_cosmos_3_super_image_to_video_input_image_size_type_1 import (
    NvidiaCosmos3SuperImageToVideoInputImageSizeType1,
    check_nvidia_cosmos_3_super_image_to_video_input_image_size_type_1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_size_v9a3dff import ImageSizeV9A3DFF
    from .nvidia_cosmos_3_super_image_to_video_output import (
        NvidiaCosmos3SuperImageToVideoOutput,  # noqa: F401
    )


T = TypeVar("T", bound="NvidiaCosmos3SuperImageToVideoInput")


@_attrs_define
class NvidiaCosmos3SuperImageToVideoInput(
    FalInput["NvidiaCosmos3SuperImageToVideoOutput"],
    endpoint="nvidia/cosmos-3-super/image-to-video",
):
    """Input of `nvidia/cosmos-3-super/image-to-video` (image-to-video). fal publishes no constraints for it (it comes from
    fal's TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    prompt: str
    """String."""
    agentic_early_stop: bool | Unset = UNSET
    """Boolean. Server default: true."""
    agentic_max_iterations: float | Unset = UNSET
    """Number. Server default: 2."""
    agentic_samples_per_iteration: float | Unset = UNSET
    """Number. Server default: 2."""
    enable_agentic_generation: bool | Unset = UNSET
    """Boolean."""
    enable_prompt_expansion: bool | Unset = UNSET
    """Boolean. Server default: true."""
    enable_safety_checker: bool | Unset = UNSET
    """Boolean. Server default: true."""
    frames_per_second: float | Unset = UNSET
    """Number. Server default: 24."""
    guidance_scale: float | Unset = UNSET
    """Number. Server default: 6."""
    image_size: ImageSizeV9A3DFF | NvidiaCosmos3SuperImageToVideoInputImageSizeType1 | Unset = UNSET
    """ImageSizeV9A3DFF or one of "square_hd", "square", "portrait_4_3", "portrait_16_9",
    "landscape_4_3", "landscape_16_9"."""
    negative_prompt: str | Unset = UNSET
    """String. Server default: "The video captures a series of frames showing macroblocking
    artifacts, chromatic aberration, high-frequency noise, and rolling shutter distortion. It
    includes static with no motion, motion blur, over-saturation, shaky footage, low resolution,
    grainy texture, pixelated images, poorly lit areas, underexposed and overexposed scenes,
    poor color balance, washed out colors, choppy sequences, jerky movements, low frame rate,
    bit-depth compression artifacts, color banding, unnatural transitions, outdated special
    effects, fake elements, unconvincing visuals, poorly edited content, jump cuts, hard cut,
    visual noise, and flickering. It features moir\\u00e9 patterns, edge halos, and temporal
    aliasing. Furthermore, the content defies common sense, generating illogical scenarios,
    nonsensical entities, absurd character behaviors, and conceptual paradoxes that violate
    basic human reasoning and everyday reality. The video looks like a surreal or glitchy
    hallucination. Overall, the video is of poor quality."."""
    num_frames: float | Unset = UNSET
    """Number. Server default: 189."""
    num_inference_steps: float | Unset = UNSET
    """Number. Server default: 28."""
    seed: float | Unset = UNSET
    """Number."""
    sync_mode: bool | Unset = UNSET
    """Boolean."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.image_size_v9a3dff import ImageSizeV9A3DFF  # noqa: PLC0415

        image_url = self.image_url

        prompt = self.prompt

        agentic_early_stop = self.agentic_early_stop

        agentic_max_iterations = self.agentic_max_iterations

        agentic_samples_per_iteration = self.agentic_samples_per_iteration

        enable_agentic_generation = self.enable_agentic_generation

        enable_prompt_expansion = self.enable_prompt_expansion

        enable_safety_checker = self.enable_safety_checker

        frames_per_second = self.frames_per_second

        guidance_scale = self.guidance_scale

        image_size: dict[str, Any] | str | Unset
        if isinstance(self.image_size, Unset):
            image_size = UNSET
        elif isinstance(self.image_size, ImageSizeV9A3DFF):
            image_size = self.image_size.to_dict()
        else:
            image_size = self.image_size

        negative_prompt = self.negative_prompt

        num_frames = self.num_frames

        num_inference_steps = self.num_inference_steps

        seed = self.seed

        sync_mode = self.sync_mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
                "prompt": prompt,
            }
        )
        if agentic_early_stop is not UNSET:
            field_dict["agentic_early_stop"] = agentic_early_stop
        if agentic_max_iterations is not UNSET:
            field_dict["agentic_max_iterations"] = agentic_max_iterations
        if agentic_samples_per_iteration is not UNSET:
            field_dict["agentic_samples_per_iteration"] = agentic_samples_per_iteration
        if enable_agentic_generation is not UNSET:
            field_dict["enable_agentic_generation"] = enable_agentic_generation
        if enable_prompt_expansion is not UNSET:
            field_dict["enable_prompt_expansion"] = enable_prompt_expansion
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker
        if frames_per_second is not UNSET:
            field_dict["frames_per_second"] = frames_per_second
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if image_size is not UNSET:
            field_dict["image_size"] = image_size
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if num_frames is not UNSET:
            field_dict["num_frames"] = num_frames
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if seed is not UNSET:
            field_dict["seed"] = seed
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_size_v9a3dff import ImageSizeV9A3DFF  # noqa: PLC0415

        d = dict(src_dict)
        image_url = d.pop("image_url")

        prompt = d.pop("prompt")

        agentic_early_stop = d.pop("agentic_early_stop", UNSET)

        agentic_max_iterations = d.pop("agentic_max_iterations", UNSET)

        agentic_samples_per_iteration = d.pop("agentic_samples_per_iteration", UNSET)

        enable_agentic_generation = d.pop("enable_agentic_generation", UNSET)

        enable_prompt_expansion = d.pop("enable_prompt_expansion", UNSET)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        frames_per_second = d.pop("frames_per_second", UNSET)

        guidance_scale = d.pop("guidance_scale", UNSET)

        def _parse_image_size(
            data: object,
        ) -> ImageSizeV9A3DFF | NvidiaCosmos3SuperImageToVideoInputImageSizeType1 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                image_size_type_0 = ImageSizeV9A3DFF.from_dict(data)

                return image_size_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            image_size_type_1 = check_nvidia_cosmos_3_super_image_to_video_input_image_size_type_1(
                data
            )

            return image_size_type_1

        image_size = _parse_image_size(d.pop("image_size", UNSET))

        negative_prompt = d.pop("negative_prompt", UNSET)

        num_frames = d.pop("num_frames", UNSET)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        seed = d.pop("seed", UNSET)

        sync_mode = d.pop("sync_mode", UNSET)

        nvidia_cosmos_3_super_image_to_video_input = cls(
            image_url=image_url,
            prompt=prompt,
            agentic_early_stop=agentic_early_stop,
            agentic_max_iterations=agentic_max_iterations,
            agentic_samples_per_iteration=agentic_samples_per_iteration,
            enable_agentic_generation=enable_agentic_generation,
            enable_prompt_expansion=enable_prompt_expansion,
            enable_safety_checker=enable_safety_checker,
            frames_per_second=frames_per_second,
            guidance_scale=guidance_scale,
            image_size=image_size,
            negative_prompt=negative_prompt,
            num_frames=num_frames,
            num_inference_steps=num_inference_steps,
            seed=seed,
            sync_mode=sync_mode,
        )

        return nvidia_cosmos_3_super_image_to_video_input

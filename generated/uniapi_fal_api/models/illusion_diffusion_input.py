from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.illusion_diffusion_input_image_size_type_1 import (
    IllusionDiffusionInputImageSizeType1,
    check_illusion_diffusion_input_image_size_type_1,
)
from ..models.illusion_diffusion_input_scheduler import (
    IllusionDiffusionInputScheduler,
    check_illusion_diffusion_input_scheduler,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_size import ImageSize
    from .illusion_diffusion_output import IllusionDiffusionOutput  # noqa: F401


T = TypeVar("T", bound="IllusionDiffusionInput")


@_attrs_define
class IllusionDiffusionInput(
    FalInput["IllusionDiffusionOutput"], endpoint="fal-ai/illusion-diffusion"
):
    """Input of `fal-ai/illusion-diffusion` (text-to-image)."""

    image_url: str
    """Image Url: string."""
    prompt: str
    """Prompt: string."""
    negative_prompt: str | Unset = UNSET
    """Negative Prompt: string. Server default: ""."""
    guidance_scale: float | Unset = UNSET
    """Guidance Scale: number, at most 50, more than 0. Server default: 7.5."""
    controlnet_conditioning_scale: float | Unset = UNSET
    """Controlnet Conditioning Scale: number. Server default: 1."""
    control_guidance_start: float | Unset = UNSET
    """Control Guidance Start: number, 0 to 1. Server default: 0."""
    control_guidance_end: float | Unset = UNSET
    """Control Guidance End: number, 0 to 1. Server default: 1."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    scheduler: IllusionDiffusionInputScheduler | Unset = UNSET
    """Scheduler: one of "DPM++ Karras SDE", "Euler". Server default: "Euler"."""
    num_inference_steps: int | Unset = UNSET
    """Number of inference steps: integer, 0 to 80. Server default: 40."""
    image_size: IllusionDiffusionInputImageSizeType1 | ImageSize | Unset = UNSET
    """Image Size: ImageSize or one of "square_hd", "square", "portrait_4_3", "portrait_16_9",
    "landscape_4_3", "landscape_16_9". Server default: "square_hd"."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.image_size import ImageSize  # noqa: PLC0415

        image_url = self.image_url

        prompt = self.prompt

        negative_prompt = self.negative_prompt

        guidance_scale = self.guidance_scale

        controlnet_conditioning_scale = self.controlnet_conditioning_scale

        control_guidance_start = self.control_guidance_start

        control_guidance_end = self.control_guidance_end

        seed = self.seed

        scheduler: str | Unset = UNSET
        if not isinstance(self.scheduler, Unset):
            scheduler = self.scheduler

        num_inference_steps = self.num_inference_steps

        image_size: dict[str, Any] | str | Unset
        if isinstance(self.image_size, Unset):
            image_size = UNSET
        elif isinstance(self.image_size, ImageSize):
            image_size = self.image_size.to_dict()
        else:
            image_size = self.image_size

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
                "prompt": prompt,
            }
        )
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if controlnet_conditioning_scale is not UNSET:
            field_dict["controlnet_conditioning_scale"] = controlnet_conditioning_scale
        if control_guidance_start is not UNSET:
            field_dict["control_guidance_start"] = control_guidance_start
        if control_guidance_end is not UNSET:
            field_dict["control_guidance_end"] = control_guidance_end
        if seed is not UNSET:
            field_dict["seed"] = seed
        if scheduler is not UNSET:
            field_dict["scheduler"] = scheduler
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if image_size is not UNSET:
            field_dict["image_size"] = image_size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_size import ImageSize  # noqa: PLC0415

        d = dict(src_dict)
        image_url = d.pop("image_url")

        prompt = d.pop("prompt")

        negative_prompt = d.pop("negative_prompt", UNSET)

        guidance_scale = d.pop("guidance_scale", UNSET)

        controlnet_conditioning_scale = d.pop("controlnet_conditioning_scale", UNSET)

        control_guidance_start = d.pop("control_guidance_start", UNSET)

        control_guidance_end = d.pop("control_guidance_end", UNSET)

        seed = d.pop("seed", UNSET)

        _scheduler = d.pop("scheduler", UNSET)
        scheduler: IllusionDiffusionInputScheduler | Unset
        if isinstance(_scheduler, Unset):
            scheduler = UNSET
        else:
            scheduler = check_illusion_diffusion_input_scheduler(_scheduler)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        def _parse_image_size(
            data: object,
        ) -> IllusionDiffusionInputImageSizeType1 | ImageSize | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                image_size_type_0 = ImageSize.from_dict(data)

                return image_size_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            image_size_type_1 = check_illusion_diffusion_input_image_size_type_1(data)

            return image_size_type_1

        image_size = _parse_image_size(d.pop("image_size", UNSET))

        illusion_diffusion_input = cls(
            image_url=image_url,
            prompt=prompt,
            negative_prompt=negative_prompt,
            guidance_scale=guidance_scale,
            controlnet_conditioning_scale=controlnet_conditioning_scale,
            control_guidance_start=control_guidance_start,
            control_guidance_end=control_guidance_end,
            seed=seed,
            scheduler=scheduler,
            num_inference_steps=num_inference_steps,
            image_size=image_size,
        )

        return illusion_diffusion_input

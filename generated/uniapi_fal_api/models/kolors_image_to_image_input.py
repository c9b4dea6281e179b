from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.kolors_image_to_image_input_image_size_type_1 import (
    KolorsImageToImageInputImageSizeType1,
    check_kolors_image_to_image_input_image_size_type_1,
)
from ..models.kolors_image_to_image_input_output_format import (
    KolorsImageToImageInputOutputFormat,
    check_kolors_image_to_image_input_output_format,
)
from ..models.kolors_image_to_image_input_scheduler import (
    KolorsImageToImageInputScheduler,
    check_kolors_image_to_image_input_scheduler,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_size_v9a3dff import ImageSizeV9A3DFF
    from .kolors_image_to_image_output import KolorsImageToImageOutput  # noqa: F401


T = TypeVar("T", bound="KolorsImageToImageInput")


@_attrs_define
class KolorsImageToImageInput(
    FalInput["KolorsImageToImageOutput"], endpoint="fal-ai/kolors/image-to-image"
):
    """Input of `fal-ai/kolors/image-to-image` (image-to-image). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    prompt: str
    """String."""
    enable_safety_checker: bool | Unset = UNSET
    """Boolean. Server default: true."""
    guidance_scale: float | Unset = UNSET
    """Number. Server default: 5."""
    image_size: ImageSizeV9A3DFF | KolorsImageToImageInputImageSizeType1 | Unset = UNSET
    """ImageSizeV9A3DFF or one of "square_hd", "square", "portrait_4_3", "portrait_16_9",
    "landscape_4_3", "landscape_16_9"."""
    negative_prompt: str | Unset = UNSET
    """String. Server default: ""."""
    num_images: float | Unset = UNSET
    """Number. Server default: 1."""
    num_inference_steps: float | Unset = UNSET
    """Number. Server default: 50."""
    output_format: KolorsImageToImageInputOutputFormat | Unset = UNSET
    """One of "jpeg", "png". Server default: "png"."""
    scheduler: KolorsImageToImageInputScheduler | Unset = UNSET
    """One of "EulerDiscreteScheduler", "EulerAncestralDiscreteScheduler",
    "DPMSolverMultistepScheduler", "DPMSolverMultistepScheduler_SDE_karras",
    "UniPCMultistepScheduler", "DEISMultistepScheduler". Server default:
    "EulerDiscreteScheduler"."""
    seed: float | Unset = UNSET
    """Number."""
    strength: float | Unset = UNSET
    """Number. Server default: 0.85."""
    sync_mode: bool | Unset = UNSET
    """Boolean."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.image_size_v9a3dff import ImageSizeV9A3DFF  # noqa: PLC0415

        image_url = self.image_url

        prompt = self.prompt

        enable_safety_checker = self.enable_safety_checker

        guidance_scale = self.guidance_scale

        image_size: dict[str, Any] | str | Unset
        if isinstance(self.image_size, Unset):
            image_size = UNSET
        elif isinstance(self.image_size, ImageSizeV9A3DFF):
            image_size = self.image_size.to_dict()
        else:
            image_size = self.image_size

        negative_prompt = self.negative_prompt

        num_images = self.num_images

        num_inference_steps = self.num_inference_steps

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        scheduler: str | Unset = UNSET
        if not isinstance(self.scheduler, Unset):
            scheduler = self.scheduler

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
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if image_size is not UNSET:
            field_dict["image_size"] = image_size
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if num_images is not UNSET:
            field_dict["num_images"] = num_images
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if scheduler is not UNSET:
            field_dict["scheduler"] = scheduler
        if seed is not UNSET:
            field_dict["seed"] = seed
        if strength is not UNSET:
            field_dict["strength"] = strength
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_size_v9a3dff import ImageSizeV9A3DFF  # noqa: PLC0415

        d = dict(src_dict)
        image_url = d.pop("image_url")

        prompt = d.pop("prompt")

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        guidance_scale = d.pop("guidance_scale", UNSET)

        def _parse_image_size(
            data: object,
        ) -> ImageSizeV9A3DFF | KolorsImageToImageInputImageSizeType1 | Unset:
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
            image_size_type_1 = check_kolors_image_to_image_input_image_size_type_1(data)

            return image_size_type_1

        image_size = _parse_image_size(d.pop("image_size", UNSET))

        negative_prompt = d.pop("negative_prompt", UNSET)

        num_images = d.pop("num_images", UNSET)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: KolorsImageToImageInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_kolors_image_to_image_input_output_format(_output_format)

        _scheduler = d.pop("scheduler", UNSET)
        scheduler: KolorsImageToImageInputScheduler | Unset
        if isinstance(_scheduler, Unset):
            scheduler = UNSET
        else:
            scheduler = check_kolors_image_to_image_input_scheduler(_scheduler)

        seed = d.pop("seed", UNSET)

        strength = d.pop("strength", UNSET)

        sync_mode = d.pop("sync_mode", UNSET)

        kolors_image_to_image_input = cls(
            image_url=image_url,
            prompt=prompt,
            enable_safety_checker=enable_safety_checker,
            guidance_scale=guidance_scale,
            image_size=image_size,
            negative_prompt=negative_prompt,
            num_images=num_images,
            num_inference_steps=num_inference_steps,
            output_format=output_format,
            scheduler=scheduler,
            seed=seed,
            strength=strength,
            sync_mode=sync_mode,
        )

        return kolors_image_to_image_input

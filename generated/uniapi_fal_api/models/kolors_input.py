from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.kolors_input_image_size_type_1 import (
    KolorsInputImageSizeType1,
    check_kolors_input_image_size_type_1,
)
from ..models.kolors_input_output_format import (
    KolorsInputOutputFormat,
    check_kolors_input_output_format,
)
from ..models.kolors_input_scheduler import (
    KolorsInputScheduler,
    check_kolors_input_scheduler,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_size import ImageSize
    from .kolors_output import KolorsOutput  # noqa: F401


T = TypeVar("T", bound="KolorsInput")


@_attrs_define
class KolorsInput(FalInput["KolorsOutput"], endpoint="fal-ai/kolors"):
    """Input of `fal-ai/kolors` (text-to-image)."""

    prompt: str
    """Prompt: string."""
    negative_prompt: str | Unset = UNSET
    """Negative Prompt: string. Server default: ""."""
    guidance_scale: float | Unset = UNSET
    """Guidance scale (CFG): number, 1 to 10. Server default: 5."""
    num_inference_steps: int | Unset = UNSET
    """Num Inference Steps: integer, 1 to 150. Server default: 50."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    sync_mode: bool | Unset = UNSET
    """Sync Mode: boolean. Server default: false."""
    enable_safety_checker: bool | Unset = UNSET
    """Enable Safety Checker: boolean. Server default: true."""
    num_images: int | Unset = UNSET
    """Num Images: integer, 1 to 8. Server default: 1."""
    image_size: ImageSize | KolorsInputImageSizeType1 | Unset = UNSET
    """Image Size: ImageSize or one of "square_hd", "square", "portrait_4_3", "portrait_16_9",
    "landscape_4_3", "landscape_16_9". Server default: "square_hd"."""
    scheduler: KolorsInputScheduler | Unset = UNSET
    """Scheduler: one of "EulerDiscreteScheduler", "EulerAncestralDiscreteScheduler",
    "DPMSolverMultistepScheduler", "DPMSolverMultistepScheduler_SDE_karras",
    "UniPCMultistepScheduler", "DEISMultistepScheduler". Server default:
    "EulerDiscreteScheduler"."""
    output_format: KolorsInputOutputFormat | Unset = UNSET
    """Output Format: one of "jpeg", "png". Server default: "png"."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.image_size import ImageSize  # noqa: PLC0415

        prompt = self.prompt

        negative_prompt = self.negative_prompt

        guidance_scale = self.guidance_scale

        num_inference_steps = self.num_inference_steps

        seed = self.seed

        sync_mode = self.sync_mode

        enable_safety_checker = self.enable_safety_checker

        num_images = self.num_images

        image_size: dict[str, Any] | str | Unset
        if isinstance(self.image_size, Unset):
            image_size = UNSET
        elif isinstance(self.image_size, ImageSize):
            image_size = self.image_size.to_dict()
        else:
            image_size = self.image_size

        scheduler: str | Unset = UNSET
        if not isinstance(self.scheduler, Unset):
            scheduler = self.scheduler

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if seed is not UNSET:
            field_dict["seed"] = seed
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker
        if num_images is not UNSET:
            field_dict["num_images"] = num_images
        if image_size is not UNSET:
            field_dict["image_size"] = image_size
        if scheduler is not UNSET:
            field_dict["scheduler"] = scheduler
        if output_format is not UNSET:
            field_dict["output_format"] = output_format

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_size import ImageSize  # noqa: PLC0415

        d = dict(src_dict)
        prompt = d.pop("prompt")

        negative_prompt = d.pop("negative_prompt", UNSET)

        guidance_scale = d.pop("guidance_scale", UNSET)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        seed = d.pop("seed", UNSET)

        sync_mode = d.pop("sync_mode", UNSET)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        num_images = d.pop("num_images", UNSET)

        def _parse_image_size(data: object) -> ImageSize | KolorsInputImageSizeType1 | Unset:
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
            image_size_type_1 = check_kolors_input_image_size_type_1(data)

            return image_size_type_1

        image_size = _parse_image_size(d.pop("image_size", UNSET))

        _scheduler = d.pop("scheduler", UNSET)
        scheduler: KolorsInputScheduler | Unset
        if isinstance(_scheduler, Unset):
            scheduler = UNSET
        else:
            scheduler = check_kolors_input_scheduler(_scheduler)

        _output_format = d.pop("output_format", UNSET)
        output_format: KolorsInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_kolors_input_output_format(_output_format)

        kolors_input = cls(
            prompt=prompt,
            negative_prompt=negative_prompt,
            guidance_scale=guidance_scale,
            num_inference_steps=num_inference_steps,
            seed=seed,
            sync_mode=sync_mode,
            enable_safety_checker=enable_safety_checker,
            num_images=num_images,
            image_size=image_size,
            scheduler=scheduler,
            output_format=output_format,
        )

        return kolors_input

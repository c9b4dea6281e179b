from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.omnigen_v2_input_image_size_type_1 import (
    OmnigenV2InputImageSizeType1,
    check_omnigen_v2_input_image_size_type_1,
)
from ..models.omnigen_v2_input_output_format import (
    OmnigenV2InputOutputFormat,
    check_omnigen_v2_input_output_format,
)
from ..models.omnigen_v2_input_scheduler import (
    OmnigenV2InputScheduler,
    check_omnigen_v2_input_scheduler,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_size import ImageSize
    from .omnigen_v2_output import OmnigenV2Output  # noqa: F401


T = TypeVar("T", bound="OmnigenV2Input")


@_attrs_define
class OmnigenV2Input(FalInput["OmnigenV2Output"], endpoint="fal-ai/omnigen-v2"):
    """Input of `fal-ai/omnigen-v2` (text-to-image)."""

    prompt: str
    """Prompt: string."""
    input_image_urls: list[str] | Unset = UNSET
    """Input Image Urls: list of string. Server default: []."""
    image_size: ImageSize | OmnigenV2InputImageSizeType1 | Unset = UNSET
    """Image Size: ImageSize or one of "square_hd", "square", "portrait_4_3", "portrait_16_9",
    "landscape_4_3", "landscape_16_9". Server default: "square_hd"."""
    num_inference_steps: int | Unset = UNSET
    """Num Inference Steps: integer, 20 to 50. Server default: 50."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    text_guidance_scale: float | Unset = UNSET
    """Text Guidance scale: number, 1 to 8. Server default: 5."""
    image_guidance_scale: float | Unset = UNSET
    """Image Guidance scale: number, 1 to 3. Server default: 2."""
    negative_prompt: str | Unset = UNSET
    """Negative Prompt: string. Server default: "(((deformed))), blurry, over saturation, bad
    anatomy, disfigured, poorly drawn face, mutation, mutated, (extra_limb), (ugly), (poorly
    drawn hands), fused fingers, messy drawing, broken legs censor, censored, censor_bar"."""
    cfg_range_start: float | Unset = UNSET
    """Cfg Range Start: number, 0 to 1. Server default: 0."""
    cfg_range_end: float | Unset = UNSET
    """Cfg Range End: number, 0 to 1. Server default: 1."""
    scheduler: OmnigenV2InputScheduler | Unset = UNSET
    """Scheduler: one of "euler", "dpmsolver". Server default: "euler"."""
    sync_mode: bool | Unset = UNSET
    """Sync Mode: boolean. Server default: false."""
    num_images: int | Unset = UNSET
    """Num Images: integer, 1 to 4. Server default: 1."""
    enable_safety_checker: bool | Unset = UNSET
    """Enable Safety Checker: boolean. Server default: true."""
    output_format: OmnigenV2InputOutputFormat | Unset = UNSET
    """Output Format: one of "jpeg", "png". Server default: "jpeg"."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.image_size import ImageSize  # noqa: PLC0415

        prompt = self.prompt

        input_image_urls: list[str] | Unset = UNSET
        if not isinstance(self.input_image_urls, Unset):
            input_image_urls = self.input_image_urls

        image_size: dict[str, Any] | str | Unset
        if isinstance(self.image_size, Unset):
            image_size = UNSET
        elif isinstance(self.image_size, ImageSize):
            image_size = self.image_size.to_dict()
        else:
            image_size = self.image_size

        num_inference_steps = self.num_inference_steps

        seed = self.seed

        text_guidance_scale = self.text_guidance_scale

        image_guidance_scale = self.image_guidance_scale

        negative_prompt = self.negative_prompt

        cfg_range_start = self.cfg_range_start

        cfg_range_end = self.cfg_range_end

        scheduler: str | Unset = UNSET
        if not isinstance(self.scheduler, Unset):
            scheduler = self.scheduler

        sync_mode = self.sync_mode

        num_images = self.num_images

        enable_safety_checker = self.enable_safety_checker

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if input_image_urls is not UNSET:
            field_dict["input_image_urls"] = input_image_urls
        if image_size is not UNSET:
            field_dict["image_size"] = image_size
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if seed is not UNSET:
            field_dict["seed"] = seed
        if text_guidance_scale is not UNSET:
            field_dict["text_guidance_scale"] = text_guidance_scale
        if image_guidance_scale is not UNSET:
            field_dict["image_guidance_scale"] = image_guidance_scale
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if cfg_range_start is not UNSET:
            field_dict["cfg_range_start"] = cfg_range_start
        if cfg_range_end is not UNSET:
            field_dict["cfg_range_end"] = cfg_range_end
        if scheduler is not UNSET:
            field_dict["scheduler"] = scheduler
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode
        if num_images is not UNSET:
            field_dict["num_images"] = num_images
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker
        if output_format is not UNSET:
            field_dict["output_format"] = output_format

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_size import ImageSize  # noqa: PLC0415

        d = dict(src_dict)
        prompt = d.pop("prompt")

        input_image_urls = cast(list[str], d.pop("input_image_urls", UNSET))

        def _parse_image_size(data: object) -> ImageSize | OmnigenV2InputImageSizeType1 | Unset:
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
            image_size_type_1 = check_omnigen_v2_input_image_size_type_1(data)

            return image_size_type_1

        image_size = _parse_image_size(d.pop("image_size", UNSET))

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        seed = d.pop("seed", UNSET)

        text_guidance_scale = d.pop("text_guidance_scale", UNSET)

        image_guidance_scale = d.pop("image_guidance_scale", UNSET)

        negative_prompt = d.pop("negative_prompt", UNSET)

        cfg_range_start = d.pop("cfg_range_start", UNSET)

        cfg_range_end = d.pop("cfg_range_end", UNSET)

        _scheduler = d.pop("scheduler", UNSET)
        scheduler: OmnigenV2InputScheduler | Unset
        if isinstance(_scheduler, Unset):
            scheduler = UNSET
        else:
            scheduler = check_omnigen_v2_input_scheduler(_scheduler)

        sync_mode = d.pop("sync_mode", UNSET)

        num_images = d.pop("num_images", UNSET)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: OmnigenV2InputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_omnigen_v2_input_output_format(_output_format)

        omnigen_v2_input = cls(
            prompt=prompt,
            input_image_urls=input_image_urls,
            image_size=image_size,
            num_inference_steps=num_inference_steps,
            seed=seed,
            text_guidance_scale=text_guidance_scale,
            image_guidance_scale=image_guidance_scale,
            negative_prompt=negative_prompt,
            cfg_range_start=cfg_range_start,
            cfg_range_end=cfg_range_end,
            scheduler=scheduler,
            sync_mode=sync_mode,
            num_images=num_images,
            enable_safety_checker=enable_safety_checker,
            output_format=output_format,
        )

        return omnigen_v2_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.omnigen_v1_input_image_size_type_1 import (
    OmnigenV1InputImageSizeType1,
    check_omnigen_v1_input_image_size_type_1,
)
from ..models.omnigen_v1_input_output_format import (
    OmnigenV1InputOutputFormat,
    check_omnigen_v1_input_output_format,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_size import ImageSize
    from .omnigen_v1_output import OmnigenV1Output  # noqa: F401


T = TypeVar("T", bound="OmnigenV1Input")


@_attrs_define
class OmnigenV1Input(FalInput["OmnigenV1Output"], endpoint="fal-ai/omnigen-v1"):
    """Input of `fal-ai/omnigen-v1` (text-to-image)."""

    prompt: str
    """Prompt: string."""
    input_image_urls: list[str] | Unset = UNSET
    """Input Image Urls: list of string. Server default: []."""
    image_size: ImageSize | OmnigenV1InputImageSizeType1 | Unset = UNSET
    """Image Size: ImageSize or one of "square_hd", "square", "portrait_4_3", "portrait_16_9",
    "landscape_4_3", "landscape_16_9". Server default: "square_hd"."""
    num_inference_steps: int | Unset = UNSET
    """Num Inference Steps: integer, 1 to 50. Server default: 50."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    guidance_scale: float | Unset = UNSET
    """Guidance scale (CFG): number, 0 to 20. Server default: 3."""
    img_guidance_scale: float | Unset = UNSET
    """Image Guidance scale: number, 0 to 20. Server default: 1.6."""
    sync_mode: bool | Unset = UNSET
    """Sync Mode: boolean. Server default: false."""
    num_images: int | Unset = UNSET
    """Num Images: integer, 1 to 4. Server default: 1."""
    enable_safety_checker: bool | Unset = UNSET
    """Enable Safety Checker: boolean. Server default: true."""
    output_format: OmnigenV1InputOutputFormat | Unset = UNSET
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

        guidance_scale = self.guidance_scale

        img_guidance_scale = self.img_guidance_scale

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
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if img_guidance_scale is not UNSET:
            field_dict["img_guidance_scale"] = img_guidance_scale
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

        def _parse_image_size(data: object) -> ImageSize | OmnigenV1InputImageSizeType1 | Unset:
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
            image_size_type_1 = check_omnigen_v1_input_image_size_type_1(data)

            return image_size_type_1

        image_size = _parse_image_size(d.pop("image_size", UNSET))

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        seed = d.pop("seed", UNSET)

        guidance_scale = d.pop("guidance_scale", UNSET)

        img_guidance_scale = d.pop("img_guidance_scale", UNSET)

        sync_mode = d.pop("sync_mode", UNSET)

        num_images = d.pop("num_images", UNSET)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: OmnigenV1InputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_omnigen_v1_input_output_format(_output_format)

        omnigen_v1_input = cls(
            prompt=prompt,
            input_image_urls=input_image_urls,
            image_size=image_size,
            num_inference_steps=num_inference_steps,
            seed=seed,
            guidance_scale=guidance_scale,
            img_guidance_scale=img_guidance_scale,
            sync_mode=sync_mode,
            num_images=num_images,
            enable_safety_checker=enable_safety_checker,
            output_format=output_format,
        )

        return omnigen_v1_input

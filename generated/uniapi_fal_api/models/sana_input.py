from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.sana_input_image_size_type_1 import (
    SanaInputImageSizeType1,
    check_sana_input_image_size_type_1,
)
from ..models.sana_input_output_format import (
    SanaInputOutputFormat,
    check_sana_input_output_format,
)
from ..models.sana_input_style_name import (
    SanaInputStyleName,
    check_sana_input_style_name,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_size import ImageSize
    from .sana_output import SanaOutput  # noqa: F401


T = TypeVar("T", bound="SanaInput")


@_attrs_define
class SanaInput(FalInput["SanaOutput"], endpoint="fal-ai/sana"):
    """Input of `fal-ai/sana` (text-to-image)."""

    prompt: str
    """Prompt: string."""
    negative_prompt: str | Unset = UNSET
    """Negative Prompt: string. Server default: ""."""
    image_size: ImageSize | SanaInputImageSizeType1 | Unset = UNSET
    """Image Size: ImageSize or one of "square_hd", "square", "portrait_4_3", "portrait_16_9",
    "landscape_4_3", "landscape_16_9". Server default: {"height": 2160, "width": 3840}."""
    num_inference_steps: int | Unset = UNSET
    """Num Inference Steps: integer, 1 to 50. Server default: 18."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    guidance_scale: float | Unset = UNSET
    """Guidance scale (CFG): number, 0 to 20. Server default: 5."""
    sync_mode: bool | Unset = UNSET
    """Sync Mode: boolean. Server default: false."""
    num_images: int | Unset = UNSET
    """Num Images: integer, 1 to 4. Server default: 1."""
    enable_safety_checker: bool | Unset = UNSET
    """Enable Safety Checker: boolean. Server default: true."""
    output_format: SanaInputOutputFormat | Unset = UNSET
    """Output Format: one of "jpeg", "png". Server default: "jpeg"."""
    style_name: SanaInputStyleName | Unset = UNSET
    """Style Name: one of "(No style)", "Cinematic", "Photographic", "Anime", "Manga", "Digital
    Art", "Pixel art", "Fantasy art", ... (10 values). Server default: "(No style)"."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.image_size import ImageSize  # noqa: PLC0415

        prompt = self.prompt

        negative_prompt = self.negative_prompt

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

        sync_mode = self.sync_mode

        num_images = self.num_images

        enable_safety_checker = self.enable_safety_checker

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        style_name: str | Unset = UNSET
        if not isinstance(self.style_name, Unset):
            style_name = self.style_name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if image_size is not UNSET:
            field_dict["image_size"] = image_size
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if seed is not UNSET:
            field_dict["seed"] = seed
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode
        if num_images is not UNSET:
            field_dict["num_images"] = num_images
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if style_name is not UNSET:
            field_dict["style_name"] = style_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_size import ImageSize  # noqa: PLC0415

        d = dict(src_dict)
        prompt = d.pop("prompt")

        negative_prompt = d.pop("negative_prompt", UNSET)

        def _parse_image_size(data: object) -> ImageSize | SanaInputImageSizeType1 | Unset:
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
            image_size_type_1 = check_sana_input_image_size_type_1(data)

            return image_size_type_1

        image_size = _parse_image_size(d.pop("image_size", UNSET))

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        seed = d.pop("seed", UNSET)

        guidance_scale = d.pop("guidance_scale", UNSET)

        sync_mode = d.pop("sync_mode", UNSET)

        num_images = d.pop("num_images", UNSET)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: SanaInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_sana_input_output_format(_output_format)

        _style_name = d.pop("style_name", UNSET)
        style_name: SanaInputStyleName | Unset
        if isinstance(_style_name, Unset):
            style_name = UNSET
        else:
            style_name = check_sana_input_style_name(_style_name)

        sana_input = cls(
            prompt=prompt,
            negative_prompt=negative_prompt,
            image_size=image_size,
            num_inference_steps=num_inference_steps,
            seed=seed,
            guidance_scale=guidance_scale,
            sync_mode=sync_mode,
            num_images=num_images,
            enable_safety_checker=enable_safety_checker,
            output_format=output_format,
            style_name=style_name,
        )

        return sana_input

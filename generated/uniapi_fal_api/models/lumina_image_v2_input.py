from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.lumina_image_v2_input_image_size_type_1 import (
    LuminaImageV2InputImageSizeType1,
    check_lumina_image_v2_input_image_size_type_1,
)
from ..models.lumina_image_v2_input_output_format import (
    LuminaImageV2InputOutputFormat,
    check_lumina_image_v2_input_output_format,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_size import ImageSize
    from .lumina_image_v2_output import LuminaImageV2Output  # noqa: F401


T = TypeVar("T", bound="LuminaImageV2Input")


@_attrs_define
class LuminaImageV2Input(FalInput["LuminaImageV2Output"], endpoint="fal-ai/lumina-image/v2"):
    """Input of `fal-ai/lumina-image/v2` (text-to-image)."""

    prompt: str
    """Prompt: string."""
    image_size: ImageSize | LuminaImageV2InputImageSizeType1 | Unset = UNSET
    """Image Size: ImageSize or one of "square_hd", "square", "portrait_4_3", "portrait_16_9",
    "landscape_4_3", "landscape_16_9". Server default: "landscape_4_3"."""
    negative_prompt: str | Unset = UNSET
    """Negative Prompt: string. Server default: ""."""
    system_prompt: str | Unset = UNSET
    """System Prompt: string. Server default: "You are an assistant designed to generate superior
    images with the superior degree of image-text alignment based on textual prompts or user
    prompts."."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    guidance_scale: float | Unset = UNSET
    """Guidance scale (CFG): number, 0 to 20. Server default: 4."""
    num_inference_steps: int | Unset = UNSET
    """Num Inference Steps: integer, 1 to 50. Server default: 30."""
    cfg_normalization: bool | Unset = UNSET
    """Cfg Normalization: boolean. Server default: true."""
    cfg_trunc_ratio: float | Unset = UNSET
    """Cfg Trunc Ratio: number, 0 to 1. Server default: 1."""
    num_images: int | Unset = UNSET
    """Num Images: integer, 1 to 4. Server default: 1."""
    sync_mode: bool | Unset = UNSET
    """Sync Mode: boolean. Server default: false."""
    enable_safety_checker: bool | Unset = UNSET
    """Enable Safety Checker: boolean. Server default: true."""
    output_format: LuminaImageV2InputOutputFormat | Unset = UNSET
    """Output Format: one of "jpeg", "png". Server default: "jpeg"."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.image_size import ImageSize  # noqa: PLC0415

        prompt = self.prompt

        image_size: dict[str, Any] | str | Unset
        if isinstance(self.image_size, Unset):
            image_size = UNSET
        elif isinstance(self.image_size, ImageSize):
            image_size = self.image_size.to_dict()
        else:
            image_size = self.image_size

        negative_prompt = self.negative_prompt

        system_prompt = self.system_prompt

        seed = self.seed

        guidance_scale = self.guidance_scale

        num_inference_steps = self.num_inference_steps

        cfg_normalization = self.cfg_normalization

        cfg_trunc_ratio = self.cfg_trunc_ratio

        num_images = self.num_images

        sync_mode = self.sync_mode

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
        if image_size is not UNSET:
            field_dict["image_size"] = image_size
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if system_prompt is not UNSET:
            field_dict["system_prompt"] = system_prompt
        if seed is not UNSET:
            field_dict["seed"] = seed
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if cfg_normalization is not UNSET:
            field_dict["cfg_normalization"] = cfg_normalization
        if cfg_trunc_ratio is not UNSET:
            field_dict["cfg_trunc_ratio"] = cfg_trunc_ratio
        if num_images is not UNSET:
            field_dict["num_images"] = num_images
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode
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

        def _parse_image_size(data: object) -> ImageSize | LuminaImageV2InputImageSizeType1 | Unset:
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
            image_size_type_1 = check_lumina_image_v2_input_image_size_type_1(data)

            return image_size_type_1

        image_size = _parse_image_size(d.pop("image_size", UNSET))

        negative_prompt = d.pop("negative_prompt", UNSET)

        system_prompt = d.pop("system_prompt", UNSET)

        seed = d.pop("seed", UNSET)

        guidance_scale = d.pop("guidance_scale", UNSET)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        cfg_normalization = d.pop("cfg_normalization", UNSET)

        cfg_trunc_ratio = d.pop("cfg_trunc_ratio", UNSET)

        num_images = d.pop("num_images", UNSET)

        sync_mode = d.pop("sync_mode", UNSET)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: LuminaImageV2InputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_lumina_image_v2_input_output_format(_output_format)

        lumina_image_v2_input = cls(
            prompt=prompt,
            image_size=image_size,
            negative_prompt=negative_prompt,
            system_prompt=system_prompt,
            seed=seed,
            guidance_scale=guidance_scale,
            num_inference_steps=num_inference_steps,
            cfg_normalization=cfg_normalization,
            cfg_trunc_ratio=cfg_trunc_ratio,
            num_images=num_images,
            sync_mode=sync_mode,
            enable_safety_checker=enable_safety_checker,
            output_format=output_format,
        )

        return lumina_image_v2_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.pony_v7_input_image_size_type_1 import (
    PonyV7InputImageSizeType1,
    check_pony_v7_input_image_size_type_1,
)
from ..models.pony_v7_input_noise_source import (
    PonyV7InputNoiseSource,
    check_pony_v7_input_noise_source,
)
from ..models.pony_v7_input_output_format import (
    PonyV7InputOutputFormat,
    check_pony_v7_input_output_format,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_size import ImageSize
    from .pony_v7_output import PonyV7Output  # noqa: F401


T = TypeVar("T", bound="PonyV7Input")


@_attrs_define
class PonyV7Input(FalInput["PonyV7Output"], endpoint="fal-ai/pony-v7"):
    """Input of `fal-ai/pony-v7` (text-to-image)."""

    prompt: str
    """Prompt: string."""
    image_size: ImageSize | PonyV7InputImageSizeType1 | Unset = UNSET
    """Image Size: ImageSize or one of "square_hd", "square", "portrait_4_3", "portrait_16_9",
    "landscape_4_3", "landscape_16_9". Server default: "square_hd"."""
    num_images: int | Unset = UNSET
    """Num Images: integer, 1 to 2. Server default: 1."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    guidance_scale: float | Unset = UNSET
    """Guidance Scale: number, 0 to 20. Server default: 3.5."""
    num_inference_steps: int | Unset = UNSET
    """Num Inference Steps: integer, 20 to 50. Server default: 40."""
    noise_source: PonyV7InputNoiseSource | Unset = UNSET
    """Noise Source: one of "gpu", "cpu". Server default: "gpu"."""
    sync_mode: bool | Unset = UNSET
    """Sync Mode: boolean. Server default: false."""
    enable_safety_checker: bool | Unset = UNSET
    """Enable Safety Checker: boolean. Server default: false."""
    output_format: PonyV7InputOutputFormat | Unset = UNSET
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

        num_images = self.num_images

        seed = self.seed

        guidance_scale = self.guidance_scale

        num_inference_steps = self.num_inference_steps

        noise_source: str | Unset = UNSET
        if not isinstance(self.noise_source, Unset):
            noise_source = self.noise_source

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
        if num_images is not UNSET:
            field_dict["num_images"] = num_images
        if seed is not UNSET:
            field_dict["seed"] = seed
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if noise_source is not UNSET:
            field_dict["noise_source"] = noise_source
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

        def _parse_image_size(data: object) -> ImageSize | PonyV7InputImageSizeType1 | Unset:
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
            image_size_type_1 = check_pony_v7_input_image_size_type_1(data)

            return image_size_type_1

        image_size = _parse_image_size(d.pop("image_size", UNSET))

        num_images = d.pop("num_images", UNSET)

        seed = d.pop("seed", UNSET)

        guidance_scale = d.pop("guidance_scale", UNSET)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        _noise_source = d.pop("noise_source", UNSET)
        noise_source: PonyV7InputNoiseSource | Unset
        if isinstance(_noise_source, Unset):
            noise_source = UNSET
        else:
            noise_source = check_pony_v7_input_noise_source(_noise_source)

        sync_mode = d.pop("sync_mode", UNSET)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: PonyV7InputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_pony_v7_input_output_format(_output_format)

        pony_v7_input = cls(
            prompt=prompt,
            image_size=image_size,
            num_images=num_images,
            seed=seed,
            guidance_scale=guidance_scale,
            num_inference_steps=num_inference_steps,
            noise_source=noise_source,
            sync_mode=sync_mode,
            enable_safety_checker=enable_safety_checker,
            output_format=output_format,
        )

        return pony_v7_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.flux_2_klein_4b_base_input_acceleration import (
    Flux2Klein4BBaseInputAcceleration,
    check_flux_2_klein_4b_base_input_acceleration,
)
from ..models.flux_2_klein_4b_base_input_image_size_type_1 import (
    Flux2Klein4BBaseInputImageSizeType1,
    check_flux_2_klein_4b_base_input_image_size_type_1,
)
from ..models.flux_2_klein_4b_base_input_output_format import (
    Flux2Klein4BBaseInputOutputFormat,
    check_flux_2_klein_4b_base_input_output_format,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_size import ImageSize
    from .flux_2_klein_4b_base_output import Flux2Klein4BBaseOutput  # noqa: F401


T = TypeVar("T", bound="Flux2Klein4BBaseInput")


@_attrs_define
class Flux2Klein4BBaseInput(
    FalInput["Flux2Klein4BBaseOutput"], endpoint="fal-ai/flux-2/klein/4b/base"
):
    """Input of `fal-ai/flux-2/klein/4b/base` (text-to-image)."""

    prompt: str
    """Prompt: string."""
    negative_prompt: str | Unset = UNSET
    """Negative Prompt: string. Server default: ""."""
    guidance_scale: float | Unset = UNSET
    """Guidance Scale: number, 0 to 20. Server default: 5."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    num_inference_steps: int | Unset = UNSET
    """Number of Inference Steps: integer, 4 to 50. Server default: 28."""
    image_size: Flux2Klein4BBaseInputImageSizeType1 | ImageSize | Unset = UNSET
    """Image Size: ImageSize or one of "square_hd", "square", "portrait_4_3", "portrait_16_9",
    "landscape_4_3", "landscape_16_9". Server default: "landscape_4_3"."""
    num_images: int | Unset = UNSET
    """Number of Images: integer, 1 to 4. Server default: 1."""
    acceleration: Flux2Klein4BBaseInputAcceleration | Unset = UNSET
    """Acceleration: one of "none", "regular", "high". Server default: "regular"."""
    sync_mode: bool | Unset = UNSET
    """Sync Mode: boolean. Server default: false."""
    enable_safety_checker: bool | Unset = UNSET
    """Enable Safety Checker: boolean. Server default: true."""
    output_format: Flux2Klein4BBaseInputOutputFormat | Unset = UNSET
    """Output Format: one of "jpeg", "png", "webp". Server default: "png"."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.image_size import ImageSize  # noqa: PLC0415

        prompt = self.prompt

        negative_prompt = self.negative_prompt

        guidance_scale = self.guidance_scale

        seed = self.seed

        num_inference_steps = self.num_inference_steps

        image_size: dict[str, Any] | str | Unset
        if isinstance(self.image_size, Unset):
            image_size = UNSET
        elif isinstance(self.image_size, ImageSize):
            image_size = self.image_size.to_dict()
        else:
            image_size = self.image_size

        num_images = self.num_images

        acceleration: str | Unset = UNSET
        if not isinstance(self.acceleration, Unset):
            acceleration = self.acceleration

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
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if seed is not UNSET:
            field_dict["seed"] = seed
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if image_size is not UNSET:
            field_dict["image_size"] = image_size
        if num_images is not UNSET:
            field_dict["num_images"] = num_images
        if acceleration is not UNSET:
            field_dict["acceleration"] = acceleration
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

        negative_prompt = d.pop("negative_prompt", UNSET)

        guidance_scale = d.pop("guidance_scale", UNSET)

        seed = d.pop("seed", UNSET)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        def _parse_image_size(
            data: object,
        ) -> Flux2Klein4BBaseInputImageSizeType1 | ImageSize | Unset:
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
            image_size_type_1 = check_flux_2_klein_4b_base_input_image_size_type_1(data)

            return image_size_type_1

        image_size = _parse_image_size(d.pop("image_size", UNSET))

        num_images = d.pop("num_images", UNSET)

        _acceleration = d.pop("acceleration", UNSET)
        acceleration: Flux2Klein4BBaseInputAcceleration | Unset
        if isinstance(_acceleration, Unset):
            acceleration = UNSET
        else:
            acceleration = check_flux_2_klein_4b_base_input_acceleration(_acceleration)

        sync_mode = d.pop("sync_mode", UNSET)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: Flux2Klein4BBaseInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_flux_2_klein_4b_base_input_output_format(_output_format)

        flux_2_klein_4b_base_input = cls(
            prompt=prompt,
            negative_prompt=negative_prompt,
            guidance_scale=guidance_scale,
            seed=seed,
            num_inference_steps=num_inference_steps,
            image_size=image_size,
            num_images=num_images,
            acceleration=acceleration,
            sync_mode=sync_mode,
            enable_safety_checker=enable_safety_checker,
            output_format=output_format,
        )

        return flux_2_klein_4b_base_input

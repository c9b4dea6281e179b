from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.flux_2_lora_gallery_realism_input_acceleration import (
    Flux2LoraGalleryRealismInputAcceleration,
    check_flux_2_lora_gallery_realism_input_acceleration,
)
from ..models.flux_2_lora_gallery_realism_input_image_size_type_1 import (
    Flux2LoraGalleryRealismInputImageSizeType1,
    check_flux_2_lora_gallery_realism_input_image_size_type_1,
)
from ..models.flux_2_lora_gallery_realism_input_output_format import (
    Flux2LoraGalleryRealismInputOutputFormat,
    check_flux_2_lora_gallery_realism_input_output_format,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_size import ImageSize
    from .flux_2_lora_gallery_realism_output import Flux2LoraGalleryRealismOutput  # noqa: F401


T = TypeVar("T", bound="Flux2LoraGalleryRealismInput")


@_attrs_define
class Flux2LoraGalleryRealismInput(
    FalInput["Flux2LoraGalleryRealismOutput"], endpoint="fal-ai/flux-2-lora-gallery/realism"
):
    """Input of `fal-ai/flux-2-lora-gallery/realism` (text-to-image)."""

    prompt: str
    """Prompt: string."""
    image_size: Flux2LoraGalleryRealismInputImageSizeType1 | ImageSize | Unset = UNSET
    """Image Size: ImageSize or one of "square_hd", "square", "portrait_4_3", "portrait_16_9",
    "landscape_4_3", "landscape_16_9". Server default: "landscape_4_3"."""
    guidance_scale: float | Unset = UNSET
    """Guidance Scale: number, 0 to 20. Server default: 2.5."""
    num_inference_steps: int | Unset = UNSET
    """Num Inference Steps: integer, 1 to 50. Server default: 40."""
    acceleration: Flux2LoraGalleryRealismInputAcceleration | Unset = UNSET
    """Acceleration: one of "none", "regular". Server default: "regular"."""
    seed: int | None | Unset = UNSET
    """Seed: integer or None."""
    sync_mode: bool | Unset = UNSET
    """Sync Mode: boolean. Server default: false."""
    enable_safety_checker: bool | Unset = UNSET
    """Enable Safety Checker: boolean. Server default: true."""
    output_format: Flux2LoraGalleryRealismInputOutputFormat | Unset = UNSET
    """Output Format: one of "png", "jpeg", "webp". Server default: "png"."""
    num_images: int | Unset = UNSET
    """Num Images: integer, 1 to 4. Server default: 1."""
    lora_scale: float | Unset = UNSET
    """Lora Scale: number, 0 to 2. Server default: 1."""

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

        guidance_scale = self.guidance_scale

        num_inference_steps = self.num_inference_steps

        acceleration: str | Unset = UNSET
        if not isinstance(self.acceleration, Unset):
            acceleration = self.acceleration

        seed: int | None | Unset
        if isinstance(self.seed, Unset):
            seed = UNSET
        else:
            seed = self.seed

        sync_mode = self.sync_mode

        enable_safety_checker = self.enable_safety_checker

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        num_images = self.num_images

        lora_scale = self.lora_scale

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if image_size is not UNSET:
            field_dict["image_size"] = image_size
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if acceleration is not UNSET:
            field_dict["acceleration"] = acceleration
        if seed is not UNSET:
            field_dict["seed"] = seed
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if num_images is not UNSET:
            field_dict["num_images"] = num_images
        if lora_scale is not UNSET:
            field_dict["lora_scale"] = lora_scale

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_size import ImageSize  # noqa: PLC0415

        d = dict(src_dict)
        prompt = d.pop("prompt")

        def _parse_image_size(
            data: object,
        ) -> Flux2LoraGalleryRealismInputImageSizeType1 | ImageSize | Unset:
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
            image_size_type_1 = check_flux_2_lora_gallery_realism_input_image_size_type_1(data)

            return image_size_type_1

        image_size = _parse_image_size(d.pop("image_size", UNSET))

        guidance_scale = d.pop("guidance_scale", UNSET)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        _acceleration = d.pop("acceleration", UNSET)
        acceleration: Flux2LoraGalleryRealismInputAcceleration | Unset
        if isinstance(_acceleration, Unset):
            acceleration = UNSET
        else:
            acceleration = check_flux_2_lora_gallery_realism_input_acceleration(_acceleration)

        def _parse_seed(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        seed = _parse_seed(d.pop("seed", UNSET))

        sync_mode = d.pop("sync_mode", UNSET)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: Flux2LoraGalleryRealismInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_flux_2_lora_gallery_realism_input_output_format(_output_format)

        num_images = d.pop("num_images", UNSET)

        lora_scale = d.pop("lora_scale", UNSET)

        flux_2_lora_gallery_realism_input = cls(
            prompt=prompt,
            image_size=image_size,
            guidance_scale=guidance_scale,
            num_inference_steps=num_inference_steps,
            acceleration=acceleration,
            seed=seed,
            sync_mode=sync_mode,
            enable_safety_checker=enable_safety_checker,
            output_format=output_format,
            num_images=num_images,
            lora_scale=lora_scale,
        )

        return flux_2_lora_gallery_realism_input

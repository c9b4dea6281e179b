from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.flux_2_turbo_input_image_size_type_1 import (
    Flux2TurboInputImageSizeType1,
    check_flux_2_turbo_input_image_size_type_1,
)
from ..models.flux_2_turbo_input_output_format import (
    Flux2TurboInputOutputFormat,
    check_flux_2_turbo_input_output_format,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_size import ImageSize
    from .flux_2_turbo_output import Flux2TurboOutput  # noqa: F401


T = TypeVar("T", bound="Flux2TurboInput")


@_attrs_define
class Flux2TurboInput(FalInput["Flux2TurboOutput"], endpoint="fal-ai/flux-2/turbo"):
    """Input of `fal-ai/flux-2/turbo` (text-to-image)."""

    prompt: str
    """Prompt: string."""
    guidance_scale: float | Unset = UNSET
    """Guidance Scale: number, 0 to 20. Server default: 2.5."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    image_size: Flux2TurboInputImageSizeType1 | ImageSize | Unset = UNSET
    """Image Size: ImageSize or one of "square_hd", "square", "portrait_4_3", "portrait_16_9",
    "landscape_4_3", "landscape_16_9". Server default: "landscape_4_3"."""
    num_images: int | Unset = UNSET
    """Number of Images: integer, 1 to 4. Server default: 1."""
    enable_prompt_expansion: bool | Unset = UNSET
    """Enable Prompt Expansion: boolean. Server default: false."""
    sync_mode: bool | Unset = UNSET
    """Sync Mode: boolean. Server default: false."""
    enable_safety_checker: bool | Unset = UNSET
    """Enable Safety Checker: boolean. Server default: true."""
    output_format: Flux2TurboInputOutputFormat | Unset = UNSET
    """Output Format: one of "jpeg", "png", "webp". Server default: "png"."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.image_size import ImageSize  # noqa: PLC0415

        prompt = self.prompt

        guidance_scale = self.guidance_scale

        seed = self.seed

        image_size: dict[str, Any] | str | Unset
        if isinstance(self.image_size, Unset):
            image_size = UNSET
        elif isinstance(self.image_size, ImageSize):
            image_size = self.image_size.to_dict()
        else:
            image_size = self.image_size

        num_images = self.num_images

        enable_prompt_expansion = self.enable_prompt_expansion

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
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if seed is not UNSET:
            field_dict["seed"] = seed
        if image_size is not UNSET:
            field_dict["image_size"] = image_size
        if num_images is not UNSET:
            field_dict["num_images"] = num_images
        if enable_prompt_expansion is not UNSET:
            field_dict["enable_prompt_expansion"] = enable_prompt_expansion
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

        guidance_scale = d.pop("guidance_scale", UNSET)

        seed = d.pop("seed", UNSET)

        def _parse_image_size(data: object) -> Flux2TurboInputImageSizeType1 | ImageSize | Unset:
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
            image_size_type_1 = check_flux_2_turbo_input_image_size_type_1(data)

            return image_size_type_1

        image_size = _parse_image_size(d.pop("image_size", UNSET))

        num_images = d.pop("num_images", UNSET)

        enable_prompt_expansion = d.pop("enable_prompt_expansion", UNSET)

        sync_mode = d.pop("sync_mode", UNSET)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: Flux2TurboInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_flux_2_turbo_input_output_format(_output_format)

        flux_2_turbo_input = cls(
            prompt=prompt,
            guidance_scale=guidance_scale,
            seed=seed,
            image_size=image_size,
            num_images=num_images,
            enable_prompt_expansion=enable_prompt_expansion,
            sync_mode=sync_mode,
            enable_safety_checker=enable_safety_checker,
            output_format=output_format,
        )

        return flux_2_turbo_input

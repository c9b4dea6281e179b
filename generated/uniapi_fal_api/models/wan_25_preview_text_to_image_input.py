from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.wan_25_preview_text_to_image_input_image_size_type_1 import (
    Wan25PreviewTextToImageInputImageSizeType1,
    check_wan_25_preview_text_to_image_input_image_size_type_1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_size import ImageSize
    from .wan_25_preview_text_to_image_output import Wan25PreviewTextToImageOutput  # noqa: F401


T = TypeVar("T", bound="Wan25PreviewTextToImageInput")


@_attrs_define
class Wan25PreviewTextToImageInput(
    FalInput["Wan25PreviewTextToImageOutput"], endpoint="fal-ai/wan-25-preview/text-to-image"
):
    """Input of `fal-ai/wan-25-preview/text-to-image` (text-to-image)."""

    prompt: str
    """Prompt: string, at least 1 character."""
    negative_prompt: str | Unset = UNSET
    """Negative Prompt: string."""
    num_images: int | Unset = UNSET
    """Num Images: integer, 1 to 4. Server default: 1."""
    image_size: ImageSize | Unset | Wan25PreviewTextToImageInputImageSizeType1 = UNSET
    """Image Size: ImageSize or one of "square_hd", "square", "portrait_4_3", "portrait_16_9",
    "landscape_4_3", "landscape_16_9". Server default: "square"."""
    enable_prompt_expansion: bool | Unset = UNSET
    """Enable Prompt Expansion: boolean. Server default: true."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    enable_safety_checker: bool | Unset = UNSET
    """Enable Safety Checker: boolean. Server default: true."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.image_size import ImageSize  # noqa: PLC0415

        prompt = self.prompt

        negative_prompt = self.negative_prompt

        num_images = self.num_images

        image_size: dict[str, Any] | str | Unset
        if isinstance(self.image_size, Unset):
            image_size = UNSET
        elif isinstance(self.image_size, ImageSize):
            image_size = self.image_size.to_dict()
        else:
            image_size = self.image_size

        enable_prompt_expansion = self.enable_prompt_expansion

        seed = self.seed

        enable_safety_checker = self.enable_safety_checker

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if num_images is not UNSET:
            field_dict["num_images"] = num_images
        if image_size is not UNSET:
            field_dict["image_size"] = image_size
        if enable_prompt_expansion is not UNSET:
            field_dict["enable_prompt_expansion"] = enable_prompt_expansion
        if seed is not UNSET:
            field_dict["seed"] = seed
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_size import ImageSize  # noqa: PLC0415

        d = dict(src_dict)
        prompt = d.pop("prompt")

        negative_prompt = d.pop("negative_prompt", UNSET)

        num_images = d.pop("num_images", UNSET)

        def _parse_image_size(
            data: object,
        ) -> ImageSize | Unset | Wan25PreviewTextToImageInputImageSizeType1:
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
            image_size_type_1 = check_wan_25_preview_text_to_image_input_image_size_type_1(data)

            return image_size_type_1

        image_size = _parse_image_size(d.pop("image_size", UNSET))

        enable_prompt_expansion = d.pop("enable_prompt_expansion", UNSET)

        seed = d.pop("seed", UNSET)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        wan_25_preview_text_to_image_input = cls(
            prompt=prompt,
            negative_prompt=negative_prompt,
            num_images=num_images,
            image_size=image_size,
            enable_prompt_expansion=enable_prompt_expansion,
            seed=seed,
            enable_safety_checker=enable_safety_checker,
        )

        return wan_25_preview_text_to_image_input

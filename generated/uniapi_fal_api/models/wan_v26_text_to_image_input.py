from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.wan_v26_text_to_image_input_image_size_type_1 import (
    WanV26TextToImageInputImageSizeType1,
    check_wan_v26_text_to_image_input_image_size_type_1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_size import ImageSize
    from .wan_v26_text_to_image_output import WanV26TextToImageOutput  # noqa: F401


T = TypeVar("T", bound="WanV26TextToImageInput")


@_attrs_define
class WanV26TextToImageInput(
    FalInput["WanV26TextToImageOutput"], endpoint="wan/v2.6/text-to-image"
):
    """Input of `wan/v2.6/text-to-image` (text-to-image)."""

    prompt: str
    """Prompt: string, at least 1 character."""
    image_url: str | Unset = UNSET
    """Image Url: string."""
    negative_prompt: str | Unset = UNSET
    """Negative Prompt: string. Server default: ""."""
    image_size: ImageSize | Unset | WanV26TextToImageInputImageSizeType1 = UNSET
    """Image Size: ImageSize or one of "square_hd", "square", "portrait_4_3", "portrait_16_9",
    "landscape_4_3", "landscape_16_9"."""
    max_images: int | Unset = UNSET
    """Max Images: integer, 1 to 5. Server default: 1."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    enable_safety_checker: bool | Unset = UNSET
    """Enable Safety Checker: boolean. Server default: true."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.image_size import ImageSize  # noqa: PLC0415

        prompt = self.prompt

        image_url = self.image_url

        negative_prompt = self.negative_prompt

        image_size: dict[str, Any] | str | Unset
        if isinstance(self.image_size, Unset):
            image_size = UNSET
        elif isinstance(self.image_size, ImageSize):
            image_size = self.image_size.to_dict()
        else:
            image_size = self.image_size

        max_images = self.max_images

        seed = self.seed

        enable_safety_checker = self.enable_safety_checker

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if image_size is not UNSET:
            field_dict["image_size"] = image_size
        if max_images is not UNSET:
            field_dict["max_images"] = max_images
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

        image_url = d.pop("image_url", UNSET)

        negative_prompt = d.pop("negative_prompt", UNSET)

        def _parse_image_size(
            data: object,
        ) -> ImageSize | Unset | WanV26TextToImageInputImageSizeType1:
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
            image_size_type_1 = check_wan_v26_text_to_image_input_image_size_type_1(data)

            return image_size_type_1

        image_size = _parse_image_size(d.pop("image_size", UNSET))

        max_images = d.pop("max_images", UNSET)

        seed = d.pop("seed", UNSET)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        wan_v26_text_to_image_input = cls(
            prompt=prompt,
            image_url=image_url,
            negative_prompt=negative_prompt,
            image_size=image_size,
            max_images=max_images,
            seed=seed,
            enable_safety_checker=enable_safety_checker,
        )

        return wan_v26_text_to_image_input

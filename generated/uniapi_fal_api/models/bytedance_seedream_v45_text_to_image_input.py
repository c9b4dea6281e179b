from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.bytedance_seedream_v45_text_to_image_input_image_size_type_1 import (
    BytedanceSeedreamV45TextToImageInputImageSizeType1,
    check_bytedance_seedream_v45_text_to_image_input_image_size_type_1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_size import ImageSize
    from .bytedance_seedream_v45_text_to_image_output import (
        BytedanceSeedreamV45TextToImageOutput,  # noqa: F401
    )


T = TypeVar("T", bound="BytedanceSeedreamV45TextToImageInput")


@_attrs_define
class BytedanceSeedreamV45TextToImageInput(
    FalInput["BytedanceSeedreamV45TextToImageOutput"],
    endpoint="fal-ai/bytedance/seedream/v4.5/text-to-image",
):
    """Input of `fal-ai/bytedance/seedream/v4.5/text-to-image` (text-to-image)."""

    prompt: str
    """Prompt: string."""
    image_size: BytedanceSeedreamV45TextToImageInputImageSizeType1 | ImageSize | Unset = UNSET
    """Image Size: ImageSize or one of "square_hd", "square", "portrait_4_3", "portrait_16_9",
    "landscape_4_3", "landscape_16_9", "auto_2K", "auto_4K". Server default: {"height": 2048,
    "width": 2048}."""
    num_images: int | Unset = UNSET
    """Num Images: integer, 1 to 6. Server default: 1."""
    max_images: int | Unset = UNSET
    """Max Images: integer, 1 to 6. Server default: 1."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    sync_mode: bool | Unset = UNSET
    """Sync Mode: boolean. Server default: false."""
    enable_safety_checker: bool | Unset = UNSET
    """Enable Safety Checker: boolean. Server default: true."""

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

        max_images = self.max_images

        seed = self.seed

        sync_mode = self.sync_mode

        enable_safety_checker = self.enable_safety_checker

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
        if max_images is not UNSET:
            field_dict["max_images"] = max_images
        if seed is not UNSET:
            field_dict["seed"] = seed
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_size import ImageSize  # noqa: PLC0415

        d = dict(src_dict)
        prompt = d.pop("prompt")

        def _parse_image_size(
            data: object,
        ) -> BytedanceSeedreamV45TextToImageInputImageSizeType1 | ImageSize | Unset:
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
            image_size_type_1 = check_bytedance_seedream_v45_text_to_image_input_image_size_type_1(
                data
            )

            return image_size_type_1

        image_size = _parse_image_size(d.pop("image_size", UNSET))

        num_images = d.pop("num_images", UNSET)

        max_images = d.pop("max_images", UNSET)

        seed = d.pop("seed", UNSET)

        sync_mode = d.pop("sync_mode", UNSET)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        bytedance_seedream_v45_text_to_image_input = cls(
            prompt=prompt,
            image_size=image_size,
            num_images=num_images,
            max_images=max_images,
            seed=seed,
            sync_mode=sync_mode,
            enable_safety_checker=enable_safety_checker,
        )

        return bytedance_seedream_v45_text_to_image_input

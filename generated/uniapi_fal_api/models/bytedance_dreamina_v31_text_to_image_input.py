from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.bytedance_dreamina_v31_text_to_image_input_image_size_type_1 import (
    BytedanceDreaminaV31TextToImageInputImageSizeType1,
    check_bytedance_dreamina_v31_text_to_image_input_image_size_type_1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_size import ImageSize
    from .bytedance_dreamina_v31_text_to_image_output import (
        BytedanceDreaminaV31TextToImageOutput,  # noqa: F401
    )


T = TypeVar("T", bound="BytedanceDreaminaV31TextToImageInput")


@_attrs_define
class BytedanceDreaminaV31TextToImageInput(
    FalInput["BytedanceDreaminaV31TextToImageOutput"],
    endpoint="fal-ai/bytedance/dreamina/v3.1/text-to-image",
):
    """Input of `fal-ai/bytedance/dreamina/v3.1/text-to-image` (text-to-image). fal no longer lists this endpoint."""

    prompt: str
    """Prompt: string."""
    image_size: BytedanceDreaminaV31TextToImageInputImageSizeType1 | ImageSize | Unset = UNSET
    """Image Size: ImageSize or one of "square_hd", "square", "portrait_4_3", "portrait_16_9",
    "landscape_4_3", "landscape_16_9". Server default: {"height": 1536, "width": 2048}."""
    enhance_prompt: bool | Unset = UNSET
    """Enhance Prompt: boolean. Server default: false."""
    num_images: int | Unset = UNSET
    """Num Images: integer, 1 to 4. Server default: 1."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    sync_mode: bool | Unset = UNSET
    """Sync Mode: boolean. Server default: false."""

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

        enhance_prompt = self.enhance_prompt

        num_images = self.num_images

        seed = self.seed

        sync_mode = self.sync_mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if image_size is not UNSET:
            field_dict["image_size"] = image_size
        if enhance_prompt is not UNSET:
            field_dict["enhance_prompt"] = enhance_prompt
        if num_images is not UNSET:
            field_dict["num_images"] = num_images
        if seed is not UNSET:
            field_dict["seed"] = seed
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_size import ImageSize  # noqa: PLC0415

        d = dict(src_dict)
        prompt = d.pop("prompt")

        def _parse_image_size(
            data: object,
        ) -> BytedanceDreaminaV31TextToImageInputImageSizeType1 | ImageSize | Unset:
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
            image_size_type_1 = check_bytedance_dreamina_v31_text_to_image_input_image_size_type_1(
                data
            )

            return image_size_type_1

        image_size = _parse_image_size(d.pop("image_size", UNSET))

        enhance_prompt = d.pop("enhance_prompt", UNSET)

        num_images = d.pop("num_images", UNSET)

        seed = d.pop("seed", UNSET)

        sync_mode = d.pop("sync_mode", UNSET)

        bytedance_dreamina_v31_text_to_image_input = cls(
            prompt=prompt,
            image_size=image_size,
            enhance_prompt=enhance_prompt,
            num_images=num_images,
            seed=seed,
            sync_mode=sync_mode,
        )

        return bytedance_dreamina_v31_text_to_image_input

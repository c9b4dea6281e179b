from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.bytedance_seedream_v5_lite_text_to_image_input_image_size_type_1 import (
    BytedanceSeedreamV5LiteTextToImageInputImageSizeType1,
    check_bytedance_seedream_v5_lite_text_to_image_input_image_size_type_1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_size_v9a3dff import ImageSizeV9A3DFF
    from .bytedance_seedream_v5_lite_text_to_image_output import (
        BytedanceSeedreamV5LiteTextToImageOutput,  # noqa: F401
    )


T = TypeVar("T", bound="BytedanceSeedreamV5LiteTextToImageInput")


@_attrs_define
class BytedanceSeedreamV5LiteTextToImageInput(
    FalInput["BytedanceSeedreamV5LiteTextToImageOutput"],
    endpoint="bytedance/seedream/v5/lite/text-to-image",
):
    """Input of `bytedance/seedream/v5/lite/text-to-image` (text-to-image). fal publishes no constraints for it (it comes
    from fal's TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are
    not.

    """

    prompt: str
    """String."""
    enable_safety_checker: bool | Unset = UNSET
    """Boolean. Server default: true."""
    image_size: BytedanceSeedreamV5LiteTextToImageInputImageSizeType1 | ImageSizeV9A3DFF | Unset = (
        UNSET
    )
    """ImageSizeV9A3DFF or one of "square_hd", "square", "portrait_4_3", "portrait_16_9",
    "landscape_4_3", "landscape_16_9", "auto_2K", "auto_3K", ... (9 values). Server default:
    "auto_2K"."""
    max_images: float | Unset = UNSET
    """Number. Server default: 1."""
    num_images: float | Unset = UNSET
    """Number. Server default: 1."""
    return_byteplus_urls: bool | Unset = UNSET
    """Boolean."""
    sync_mode: bool | Unset = UNSET
    """Boolean."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.image_size_v9a3dff import ImageSizeV9A3DFF  # noqa: PLC0415

        prompt = self.prompt

        enable_safety_checker = self.enable_safety_checker

        image_size: dict[str, Any] | str | Unset
        if isinstance(self.image_size, Unset):
            image_size = UNSET
        elif isinstance(self.image_size, ImageSizeV9A3DFF):
            image_size = self.image_size.to_dict()
        else:
            image_size = self.image_size

        max_images = self.max_images

        num_images = self.num_images

        return_byteplus_urls = self.return_byteplus_urls

        sync_mode = self.sync_mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker
        if image_size is not UNSET:
            field_dict["image_size"] = image_size
        if max_images is not UNSET:
            field_dict["max_images"] = max_images
        if num_images is not UNSET:
            field_dict["num_images"] = num_images
        if return_byteplus_urls is not UNSET:
            field_dict["return_byteplus_urls"] = return_byteplus_urls
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_size_v9a3dff import ImageSizeV9A3DFF  # noqa: PLC0415

        d = dict(src_dict)
        prompt = d.pop("prompt")

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        def _parse_image_size(
            data: object,
        ) -> BytedanceSeedreamV5LiteTextToImageInputImageSizeType1 | ImageSizeV9A3DFF | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                image_size_type_0 = ImageSizeV9A3DFF.from_dict(data)

                return image_size_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            image_size_type_1 = (
                check_bytedance_seedream_v5_lite_text_to_image_input_image_size_type_1(data)
            )

            return image_size_type_1

        image_size = _parse_image_size(d.pop("image_size", UNSET))

        max_images = d.pop("max_images", UNSET)

        num_images = d.pop("num_images", UNSET)

        return_byteplus_urls = d.pop("return_byteplus_urls", UNSET)

        sync_mode = d.pop("sync_mode", UNSET)

        bytedance_seedream_v5_lite_text_to_image_input = cls(
            prompt=prompt,
            enable_safety_checker=enable_safety_checker,
            image_size=image_size,
            max_images=max_images,
            num_images=num_images,
            return_byteplus_urls=return_byteplus_urls,
            sync_mode=sync_mode,
        )

        return bytedance_seedream_v5_lite_text_to_image_input

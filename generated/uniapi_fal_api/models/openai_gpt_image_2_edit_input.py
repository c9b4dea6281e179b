from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.openai_gpt_image_2_edit_input_image_size_type_1 import (
    OpenaiGptImage2EditInputImageSizeType1,
    check_openai_gpt_image_2_edit_input_image_size_type_1,
)
from ..models.openai_gpt_image_2_edit_input_output_format import (
    OpenaiGptImage2EditInputOutputFormat,
    check_openai_gpt_image_2_edit_input_output_format,
)
from ..models.openai_gpt_image_2_edit_input_quality import (
    OpenaiGptImage2EditInputQuality,
    check_openai_gpt_image_2_edit_input_quality,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_size_v9a3dff import ImageSizeV9A3DFF
    from .openai_gpt_image_2_edit_output import OpenaiGptImage2EditOutput  # noqa: F401


T = TypeVar("T", bound="OpenaiGptImage2EditInput")


@_attrs_define
class OpenaiGptImage2EditInput(
    FalInput["OpenaiGptImage2EditOutput"], endpoint="openai/gpt-image-2/edit"
):
    """Input of `openai/gpt-image-2/edit` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript
    types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_urls: list[str]
    """List of string."""
    prompt: str
    """String."""
    image_size: ImageSizeV9A3DFF | OpenaiGptImage2EditInputImageSizeType1 | Unset = UNSET
    """ImageSizeV9A3DFF or one of "square_hd", "square", "portrait_4_3", "portrait_16_9",
    "landscape_4_3", "landscape_16_9", "auto". Server default: "auto"."""
    mask_url: str | Unset = UNSET
    """URL or local file."""
    num_images: float | Unset = UNSET
    """Number. Server default: 1."""
    output_format: OpenaiGptImage2EditInputOutputFormat | Unset = UNSET
    """One of "jpeg", "png", "webp". Server default: "png"."""
    quality: OpenaiGptImage2EditInputQuality | Unset = UNSET
    """One of "auto", "low", "medium", "high". Server default: "high"."""
    sync_mode: bool | Unset = UNSET
    """Boolean."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.image_size_v9a3dff import ImageSizeV9A3DFF  # noqa: PLC0415

        image_urls = self.image_urls

        prompt = self.prompt

        image_size: dict[str, Any] | str | Unset
        if isinstance(self.image_size, Unset):
            image_size = UNSET
        elif isinstance(self.image_size, ImageSizeV9A3DFF):
            image_size = self.image_size.to_dict()
        else:
            image_size = self.image_size

        mask_url = self.mask_url

        num_images = self.num_images

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        quality: str | Unset = UNSET
        if not isinstance(self.quality, Unset):
            quality = self.quality

        sync_mode = self.sync_mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_urls": image_urls,
                "prompt": prompt,
            }
        )
        if image_size is not UNSET:
            field_dict["image_size"] = image_size
        if mask_url is not UNSET:
            field_dict["mask_url"] = mask_url
        if num_images is not UNSET:
            field_dict["num_images"] = num_images
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if quality is not UNSET:
            field_dict["quality"] = quality
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_size_v9a3dff import ImageSizeV9A3DFF  # noqa: PLC0415

        d = dict(src_dict)
        image_urls = cast(list[str], d.pop("image_urls"))

        prompt = d.pop("prompt")

        def _parse_image_size(
            data: object,
        ) -> ImageSizeV9A3DFF | OpenaiGptImage2EditInputImageSizeType1 | Unset:
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
            image_size_type_1 = check_openai_gpt_image_2_edit_input_image_size_type_1(data)

            return image_size_type_1

        image_size = _parse_image_size(d.pop("image_size", UNSET))

        mask_url = d.pop("mask_url", UNSET)

        num_images = d.pop("num_images", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: OpenaiGptImage2EditInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_openai_gpt_image_2_edit_input_output_format(_output_format)

        _quality = d.pop("quality", UNSET)
        quality: OpenaiGptImage2EditInputQuality | Unset
        if isinstance(_quality, Unset):
            quality = UNSET
        else:
            quality = check_openai_gpt_image_2_edit_input_quality(_quality)

        sync_mode = d.pop("sync_mode", UNSET)

        openai_gpt_image_2_edit_input = cls(
            image_urls=image_urls,
            prompt=prompt,
            image_size=image_size,
            mask_url=mask_url,
            num_images=num_images,
            output_format=output_format,
            quality=quality,
            sync_mode=sync_mode,
        )

        return openai_gpt_image_2_edit_input

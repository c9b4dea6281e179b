from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.openai_gpt_image_2_input_image_size_type_1 import (
    OpenaiGptImage2InputImageSizeType1,
    check_openai_gpt_image_2_input_image_size_type_1,
)
from ..models.openai_gpt_image_2_input_output_format import (
    OpenaiGptImage2InputOutputFormat,
    check_openai_gpt_image_2_input_output_format,
)
from ..models.openai_gpt_image_2_input_quality import (
    OpenaiGptImage2InputQuality,
    check_openai_gpt_image_2_input_quality,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_size_v9a3dff import ImageSizeV9A3DFF
    from .openai_gpt_image_2_output import OpenaiGptImage2Output  # noqa: F401


T = TypeVar("T", bound="OpenaiGptImage2Input")


@_attrs_define
class OpenaiGptImage2Input(FalInput["OpenaiGptImage2Output"], endpoint="openai/gpt-image-2"):
    """Input of `openai/gpt-image-2` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript types):
    types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    prompt: str
    """String."""
    image_size: ImageSizeV9A3DFF | OpenaiGptImage2InputImageSizeType1 | Unset = UNSET
    """ImageSizeV9A3DFF or one of "square_hd", "square", "portrait_4_3", "portrait_16_9",
    "landscape_4_3", "landscape_16_9", "auto". Server default: "landscape_4_3"."""
    num_images: float | Unset = UNSET
    """Number. Server default: 1."""
    output_format: OpenaiGptImage2InputOutputFormat | Unset = UNSET
    """One of "jpeg", "png", "webp". Server default: "png"."""
    quality: OpenaiGptImage2InputQuality | Unset = UNSET
    """One of "auto", "low", "medium", "high". Server default: "high"."""
    sync_mode: bool | Unset = UNSET
    """Boolean."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.image_size_v9a3dff import ImageSizeV9A3DFF  # noqa: PLC0415

        prompt = self.prompt

        image_size: dict[str, Any] | str | Unset
        if isinstance(self.image_size, Unset):
            image_size = UNSET
        elif isinstance(self.image_size, ImageSizeV9A3DFF):
            image_size = self.image_size.to_dict()
        else:
            image_size = self.image_size

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
                "prompt": prompt,
            }
        )
        if image_size is not UNSET:
            field_dict["image_size"] = image_size
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
        prompt = d.pop("prompt")

        def _parse_image_size(
            data: object,
        ) -> ImageSizeV9A3DFF | OpenaiGptImage2InputImageSizeType1 | Unset:
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
            image_size_type_1 = check_openai_gpt_image_2_input_image_size_type_1(data)

            return image_size_type_1

        image_size = _parse_image_size(d.pop("image_size", UNSET))

        num_images = d.pop("num_images", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: OpenaiGptImage2InputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_openai_gpt_image_2_input_output_format(_output_format)

        _quality = d.pop("quality", UNSET)
        quality: OpenaiGptImage2InputQuality | Unset
        if isinstance(_quality, Unset):
            quality = UNSET
        else:
            quality = check_openai_gpt_image_2_input_quality(_quality)

        sync_mode = d.pop("sync_mode", UNSET)

        openai_gpt_image_2_input = cls(
            prompt=prompt,
            image_size=image_size,
            num_images=num_images,
            output_format=output_format,
            quality=quality,
            sync_mode=sync_mode,
        )

        return openai_gpt_image_2_input

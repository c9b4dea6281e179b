from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.gpt_image_15_input_background import (
    GptImage15InputBackground,
    check_gpt_image_15_input_background,
)
from ..models.gpt_image_15_input_image_size import (
    GptImage15InputImageSize,
    check_gpt_image_15_input_image_size,
)
from ..models.gpt_image_15_input_output_format import (
    GptImage15InputOutputFormat,
    check_gpt_image_15_input_output_format,
)
from ..models.gpt_image_15_input_quality import (
    GptImage15InputQuality,
    check_gpt_image_15_input_quality,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .gpt_image_15_output import GptImage15Output  # noqa: F401


T = TypeVar("T", bound="GptImage15Input")


@_attrs_define
class GptImage15Input(FalInput["GptImage15Output"], endpoint="fal-ai/gpt-image-1.5"):
    """Input of `fal-ai/gpt-image-1.5` (text-to-image)."""

    prompt: str
    """Prompt: string, at least 2 characters."""
    image_size: GptImage15InputImageSize | Unset = UNSET
    """Image Size: one of "1024x1024", "1536x1024", "1024x1536". Server default: "1024x1024"."""
    background: GptImage15InputBackground | Unset = UNSET
    """Background: one of "auto", "transparent", "opaque". Server default: "auto"."""
    quality: GptImage15InputQuality | Unset = UNSET
    """Quality: one of "low", "medium", "high". Server default: "high"."""
    num_images: int | Unset = UNSET
    """Number of Images: integer, 1 to 4. Server default: 1."""
    output_format: GptImage15InputOutputFormat | Unset = UNSET
    """Output Format: one of "jpeg", "png", "webp". Server default: "png"."""
    sync_mode: bool | Unset = UNSET
    """Sync Mode: boolean. Server default: false."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        image_size: str | Unset = UNSET
        if not isinstance(self.image_size, Unset):
            image_size = self.image_size

        background: str | Unset = UNSET
        if not isinstance(self.background, Unset):
            background = self.background

        quality: str | Unset = UNSET
        if not isinstance(self.quality, Unset):
            quality = self.quality

        num_images = self.num_images

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        sync_mode = self.sync_mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if image_size is not UNSET:
            field_dict["image_size"] = image_size
        if background is not UNSET:
            field_dict["background"] = background
        if quality is not UNSET:
            field_dict["quality"] = quality
        if num_images is not UNSET:
            field_dict["num_images"] = num_images
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        _image_size = d.pop("image_size", UNSET)
        image_size: GptImage15InputImageSize | Unset
        if isinstance(_image_size, Unset):
            image_size = UNSET
        else:
            image_size = check_gpt_image_15_input_image_size(_image_size)

        _background = d.pop("background", UNSET)
        background: GptImage15InputBackground | Unset
        if isinstance(_background, Unset):
            background = UNSET
        else:
            background = check_gpt_image_15_input_background(_background)

        _quality = d.pop("quality", UNSET)
        quality: GptImage15InputQuality | Unset
        if isinstance(_quality, Unset):
            quality = UNSET
        else:
            quality = check_gpt_image_15_input_quality(_quality)

        num_images = d.pop("num_images", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: GptImage15InputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_gpt_image_15_input_output_format(_output_format)

        sync_mode = d.pop("sync_mode", UNSET)

        gpt_image_15_input = cls(
            prompt=prompt,
            image_size=image_size,
            background=background,
            quality=quality,
            num_images=num_images,
            output_format=output_format,
            sync_mode=sync_mode,
        )

        return gpt_image_15_input

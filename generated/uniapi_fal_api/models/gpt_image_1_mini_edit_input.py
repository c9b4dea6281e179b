from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.gpt_image_1_mini_edit_input_background import (
    GptImage1MiniEditInputBackground,
    check_gpt_image_1_mini_edit_input_background,
)
from ..models.gpt_image_1_mini_edit_input_image_size import (
    GptImage1MiniEditInputImageSize,
    check_gpt_image_1_mini_edit_input_image_size,
)
from ..models.gpt_image_1_mini_edit_input_output_format import (
    GptImage1MiniEditInputOutputFormat,
    check_gpt_image_1_mini_edit_input_output_format,
)
from ..models.gpt_image_1_mini_edit_input_quality import (
    GptImage1MiniEditInputQuality,
    check_gpt_image_1_mini_edit_input_quality,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .gpt_image_1_mini_edit_output import GptImage1MiniEditOutput  # noqa: F401


T = TypeVar("T", bound="GptImage1MiniEditInput")


@_attrs_define
class GptImage1MiniEditInput(
    FalInput["GptImage1MiniEditOutput"], endpoint="fal-ai/gpt-image-1-mini/edit"
):
    """Input of `fal-ai/gpt-image-1-mini/edit` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_urls: list[str]
    """List of string."""
    prompt: str
    """String."""
    background: GptImage1MiniEditInputBackground | Unset = UNSET
    """One of "auto", "transparent", "opaque". Server default: "auto"."""
    image_size: GptImage1MiniEditInputImageSize | Unset = UNSET
    """One of "auto", "1024x1024", "1536x1024", "1024x1536". Server default: "auto"."""
    num_images: float | Unset = UNSET
    """Number. Server default: 1."""
    output_format: GptImage1MiniEditInputOutputFormat | Unset = UNSET
    """One of "jpeg", "png", "webp". Server default: "png"."""
    quality: GptImage1MiniEditInputQuality | Unset = UNSET
    """One of "auto", "low", "medium", "high". Server default: "auto"."""
    sync_mode: bool | Unset = UNSET
    """Boolean."""

    def to_dict(self) -> dict[str, Any]:
        image_urls = self.image_urls

        prompt = self.prompt

        background: str | Unset = UNSET
        if not isinstance(self.background, Unset):
            background = self.background

        image_size: str | Unset = UNSET
        if not isinstance(self.image_size, Unset):
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
                "image_urls": image_urls,
                "prompt": prompt,
            }
        )
        if background is not UNSET:
            field_dict["background"] = background
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
        d = dict(src_dict)
        image_urls = cast(list[str], d.pop("image_urls"))

        prompt = d.pop("prompt")

        _background = d.pop("background", UNSET)
        background: GptImage1MiniEditInputBackground | Unset
        if isinstance(_background, Unset):
            background = UNSET
        else:
            background = check_gpt_image_1_mini_edit_input_background(_background)

        _image_size = d.pop("image_size", UNSET)
        image_size: GptImage1MiniEditInputImageSize | Unset
        if isinstance(_image_size, Unset):
            image_size = UNSET
        else:
            image_size = check_gpt_image_1_mini_edit_input_image_size(_image_size)

        num_images = d.pop("num_images", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: GptImage1MiniEditInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_gpt_image_1_mini_edit_input_output_format(_output_format)

        _quality = d.pop("quality", UNSET)
        quality: GptImage1MiniEditInputQuality | Unset
        if isinstance(_quality, Unset):
            quality = UNSET
        else:
            quality = check_gpt_image_1_mini_edit_input_quality(_quality)

        sync_mode = d.pop("sync_mode", UNSET)

        gpt_image_1_mini_edit_input = cls(
            image_urls=image_urls,
            prompt=prompt,
            background=background,
            image_size=image_size,
            num_images=num_images,
            output_format=output_format,
            quality=quality,
            sync_mode=sync_mode,
        )

        return gpt_image_1_mini_edit_input

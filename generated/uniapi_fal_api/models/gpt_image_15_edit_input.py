from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.gpt_image_15_edit_input_background import (
    GptImage15EditInputBackground,
    check_gpt_image_15_edit_input_background,
)
from ..models.gpt_image_15_edit_input_image_size import (
    GptImage15EditInputImageSize,
    check_gpt_image_15_edit_input_image_size,
)
from ..models.gpt_image_15_edit_input_input_fidelity import (
    GptImage15EditInputInputFidelity,
    check_gpt_image_15_edit_input_input_fidelity,
)
from ..models.gpt_image_15_edit_input_output_format import (
    GptImage15EditInputOutputFormat,
    check_gpt_image_15_edit_input_output_format,
)
from ..models.gpt_image_15_edit_input_quality import (
    GptImage15EditInputQuality,
    check_gpt_image_15_edit_input_quality,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .gpt_image_15_edit_output import GptImage15EditOutput  # noqa: F401


T = TypeVar("T", bound="GptImage15EditInput")


@_attrs_define
class GptImage15EditInput(FalInput["GptImage15EditOutput"], endpoint="fal-ai/gpt-image-1.5/edit"):
    """Input of `fal-ai/gpt-image-1.5/edit` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript
    types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_urls: list[str]
    """List of string."""
    prompt: str
    """String."""
    background: GptImage15EditInputBackground | Unset = UNSET
    """One of "auto", "transparent", "opaque". Server default: "auto"."""
    image_size: GptImage15EditInputImageSize | Unset = UNSET
    """One of "auto", "1024x1024", "1536x1024", "1024x1536". Server default: "auto"."""
    input_fidelity: GptImage15EditInputInputFidelity | Unset = UNSET
    """One of "low", "high". Server default: "high"."""
    mask_image_url: str | Unset = UNSET
    """URL or local file."""
    num_images: float | Unset = UNSET
    """Number. Server default: 1."""
    output_format: GptImage15EditInputOutputFormat | Unset = UNSET
    """One of "jpeg", "png", "webp". Server default: "png"."""
    quality: GptImage15EditInputQuality | Unset = UNSET
    """One of "low", "medium", "high". Server default: "high"."""
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

        input_fidelity: str | Unset = UNSET
        if not isinstance(self.input_fidelity, Unset):
            input_fidelity = self.input_fidelity

        mask_image_url = self.mask_image_url

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
        if input_fidelity is not UNSET:
            field_dict["input_fidelity"] = input_fidelity
        if mask_image_url is not UNSET:
            field_dict["mask_image_url"] = mask_image_url
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
        background: GptImage15EditInputBackground | Unset
        if isinstance(_background, Unset):
            background = UNSET
        else:
            background = check_gpt_image_15_edit_input_background(_background)

        _image_size = d.pop("image_size", UNSET)
        image_size: GptImage15EditInputImageSize | Unset
        if isinstance(_image_size, Unset):
            image_size = UNSET
        else:
            image_size = check_gpt_image_15_edit_input_image_size(_image_size)

        _input_fidelity = d.pop("input_fidelity", UNSET)
        input_fidelity: GptImage15EditInputInputFidelity | Unset
        if isinstance(_input_fidelity, Unset):
            input_fidelity = UNSET
        else:
            input_fidelity = check_gpt_image_15_edit_input_input_fidelity(_input_fidelity)

        mask_image_url = d.pop("mask_image_url", UNSET)

        num_images = d.pop("num_images", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: GptImage15EditInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_gpt_image_15_edit_input_output_format(_output_format)

        _quality = d.pop("quality", UNSET)
        quality: GptImage15EditInputQuality | Unset
        if isinstance(_quality, Unset):
            quality = UNSET
        else:
            quality = check_gpt_image_15_edit_input_quality(_quality)

        sync_mode = d.pop("sync_mode", UNSET)

        gpt_image_15_edit_input = cls(
            image_urls=image_urls,
            prompt=prompt,
            background=background,
            image_size=image_size,
            input_fidelity=input_fidelity,
            mask_image_url=mask_image_url,
            num_images=num_images,
            output_format=output_format,
            quality=quality,
            sync_mode=sync_mode,
        )

        return gpt_image_15_edit_input

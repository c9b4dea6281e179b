from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.reve_text_to_image_input_aspect_ratio import (
    ReveTextToImageInputAspectRatio,
    check_reve_text_to_image_input_aspect_ratio,
)
from ..models.reve_text_to_image_input_output_format import (
    ReveTextToImageInputOutputFormat,
    check_reve_text_to_image_input_output_format,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .reve_text_to_image_output import ReveTextToImageOutput  # noqa: F401


T = TypeVar("T", bound="ReveTextToImageInput")


@_attrs_define
class ReveTextToImageInput(FalInput["ReveTextToImageOutput"], endpoint="fal-ai/reve/text-to-image"):
    """Input of `fal-ai/reve/text-to-image` (text-to-image). fal no longer lists this endpoint."""

    prompt: str
    """Prompt: string, 1 to 2,560 characters."""
    aspect_ratio: ReveTextToImageInputAspectRatio | Unset = UNSET
    """Aspect Ratio: one of "16:9", "9:16", "3:2", "2:3", "4:3", "3:4", "1:1". Server default:
    "3:2"."""
    num_images: int | Unset = UNSET
    """Number of Images: integer, 1 to 4. Server default: 1."""
    output_format: ReveTextToImageInputOutputFormat | Unset = UNSET
    """Output Format: one of "png", "jpeg", "webp". Server default: "png"."""
    sync_mode: bool | Unset = UNSET
    """Sync Mode: boolean. Server default: false."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

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
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
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

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: ReveTextToImageInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_reve_text_to_image_input_aspect_ratio(_aspect_ratio)

        num_images = d.pop("num_images", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: ReveTextToImageInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_reve_text_to_image_input_output_format(_output_format)

        sync_mode = d.pop("sync_mode", UNSET)

        reve_text_to_image_input = cls(
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            num_images=num_images,
            output_format=output_format,
            sync_mode=sync_mode,
        )

        return reve_text_to_image_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.nano_banana_input_aspect_ratio import (
    NanoBananaInputAspectRatio,
    check_nano_banana_input_aspect_ratio,
)
from ..models.nano_banana_input_output_format import (
    NanoBananaInputOutputFormat,
    check_nano_banana_input_output_format,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .nano_banana_output import NanoBananaOutput  # noqa: F401


T = TypeVar("T", bound="NanoBananaInput")


@_attrs_define
class NanoBananaInput(FalInput["NanoBananaOutput"], endpoint="fal-ai/nano-banana"):
    """Input of `fal-ai/nano-banana` (text-to-image)."""

    prompt: str
    """Prompt: string, 3 to 50,000 characters."""
    num_images: int | Unset = UNSET
    """Number of Images: integer, 1 to 4. Server default: 1."""
    aspect_ratio: NanoBananaInputAspectRatio | Unset = UNSET
    """Aspect Ratio: one of "21:9", "16:9", "3:2", "4:3", "5:4", "1:1", "4:5", "3:4", ... (10
    values). Server default: "1:1"."""
    output_format: NanoBananaInputOutputFormat | Unset = UNSET
    """Output Format: one of "jpeg", "png", "webp". Server default: "png"."""
    sync_mode: bool | Unset = UNSET
    """Sync Mode: boolean. Server default: false."""
    limit_generations: bool | Unset = UNSET
    """Limit Generations: boolean. Server default: false."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        num_images = self.num_images

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        sync_mode = self.sync_mode

        limit_generations = self.limit_generations

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if num_images is not UNSET:
            field_dict["num_images"] = num_images
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode
        if limit_generations is not UNSET:
            field_dict["limit_generations"] = limit_generations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        num_images = d.pop("num_images", UNSET)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: NanoBananaInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_nano_banana_input_aspect_ratio(_aspect_ratio)

        _output_format = d.pop("output_format", UNSET)
        output_format: NanoBananaInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_nano_banana_input_output_format(_output_format)

        sync_mode = d.pop("sync_mode", UNSET)

        limit_generations = d.pop("limit_generations", UNSET)

        nano_banana_input = cls(
            prompt=prompt,
            num_images=num_images,
            aspect_ratio=aspect_ratio,
            output_format=output_format,
            sync_mode=sync_mode,
            limit_generations=limit_generations,
        )

        return nano_banana_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.imagen_4_preview_ultra_input_aspect_ratio import (
    Imagen4PreviewUltraInputAspectRatio,
    check_imagen_4_preview_ultra_input_aspect_ratio,
)
from ..models.imagen_4_preview_ultra_input_output_format import (
    Imagen4PreviewUltraInputOutputFormat,
    check_imagen_4_preview_ultra_input_output_format,
)
from ..models.imagen_4_preview_ultra_input_resolution import (
    Imagen4PreviewUltraInputResolution,
    check_imagen_4_preview_ultra_input_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .imagen_4_preview_ultra_output import Imagen4PreviewUltraOutput  # noqa: F401


T = TypeVar("T", bound="Imagen4PreviewUltraInput")


@_attrs_define
class Imagen4PreviewUltraInput(
    FalInput["Imagen4PreviewUltraOutput"], endpoint="fal-ai/imagen4/preview/ultra"
):
    """Input of `fal-ai/imagen4/preview/ultra` (text-to-image). fal no longer lists this endpoint."""

    prompt: str
    """Prompt: string, 3 to 5,000 characters."""
    num_images: int | Unset = UNSET
    """Number of Images: integer, 1 to 4. Server default: 1."""
    aspect_ratio: Imagen4PreviewUltraInputAspectRatio | Unset = UNSET
    """Aspect Ratio: one of "1:1", "16:9", "9:16", "4:3", "3:4". Server default: "1:1"."""
    output_format: Imagen4PreviewUltraInputOutputFormat | Unset = UNSET
    """Output Format: one of "jpeg", "png", "webp". Server default: "png"."""
    sync_mode: bool | Unset = UNSET
    """Sync Mode: boolean. Server default: false."""
    resolution: Imagen4PreviewUltraInputResolution | Unset = UNSET
    """Resolution: one of "1K", "2K". Server default: "1K"."""

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

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

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
        if resolution is not UNSET:
            field_dict["resolution"] = resolution

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        num_images = d.pop("num_images", UNSET)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: Imagen4PreviewUltraInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_imagen_4_preview_ultra_input_aspect_ratio(_aspect_ratio)

        _output_format = d.pop("output_format", UNSET)
        output_format: Imagen4PreviewUltraInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_imagen_4_preview_ultra_input_output_format(_output_format)

        sync_mode = d.pop("sync_mode", UNSET)

        _resolution = d.pop("resolution", UNSET)
        resolution: Imagen4PreviewUltraInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_imagen_4_preview_ultra_input_resolution(_resolution)

        imagen_4_preview_ultra_input = cls(
            prompt=prompt,
            num_images=num_images,
            aspect_ratio=aspect_ratio,
            output_format=output_format,
            sync_mode=sync_mode,
            resolution=resolution,
        )

        return imagen_4_preview_ultra_input

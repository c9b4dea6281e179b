from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.emu_35_image_text_to_image_input_aspect_ratio import (
    Emu35ImageTextToImageInputAspectRatio,
    check_emu_35_image_text_to_image_input_aspect_ratio,
)
from ..models.emu_35_image_text_to_image_input_output_format import (
    Emu35ImageTextToImageInputOutputFormat,
    check_emu_35_image_text_to_image_input_output_format,
)
from ..models.emu_35_image_text_to_image_input_resolution import (
    Emu35ImageTextToImageInputResolution,
    check_emu_35_image_text_to_image_input_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .emu_35_image_text_to_image_output import Emu35ImageTextToImageOutput  # noqa: F401


T = TypeVar("T", bound="Emu35ImageTextToImageInput")


@_attrs_define
class Emu35ImageTextToImageInput(
    FalInput["Emu35ImageTextToImageOutput"], endpoint="fal-ai/emu-3.5-image/text-to-image"
):
    """Input of `fal-ai/emu-3.5-image/text-to-image` (text-to-image)."""

    prompt: str
    """Prompt: string."""
    resolution: Emu35ImageTextToImageInputResolution | Unset = UNSET
    """Resolution: one of "480p", "720p". Server default: "720p"."""
    aspect_ratio: Emu35ImageTextToImageInputAspectRatio | Unset = UNSET
    """Aspect Ratio: one of "21:9", "16:9", "4:3", "3:2", "1:1", "2:3", "3:4", "9:16", ... (9
    values). Server default: "1:1"."""
    enable_safety_checker: bool | Unset = UNSET
    """Enable Safety Checker: boolean. Server default: true."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    output_format: Emu35ImageTextToImageInputOutputFormat | Unset = UNSET
    """Output Format: one of "jpeg", "png", "webp". Server default: "png"."""
    sync_mode: bool | Unset = UNSET
    """Sync Mode: boolean. Server default: false."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        enable_safety_checker = self.enable_safety_checker

        seed = self.seed

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
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker
        if seed is not UNSET:
            field_dict["seed"] = seed
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        _resolution = d.pop("resolution", UNSET)
        resolution: Emu35ImageTextToImageInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_emu_35_image_text_to_image_input_resolution(_resolution)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: Emu35ImageTextToImageInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_emu_35_image_text_to_image_input_aspect_ratio(_aspect_ratio)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        seed = d.pop("seed", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: Emu35ImageTextToImageInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_emu_35_image_text_to_image_input_output_format(_output_format)

        sync_mode = d.pop("sync_mode", UNSET)

        emu_35_image_text_to_image_input = cls(
            prompt=prompt,
            resolution=resolution,
            aspect_ratio=aspect_ratio,
            enable_safety_checker=enable_safety_checker,
            seed=seed,
            output_format=output_format,
            sync_mode=sync_mode,
        )

        return emu_35_image_text_to_image_input

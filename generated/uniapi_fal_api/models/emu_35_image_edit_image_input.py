from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.emu_35_image_edit_image_input_aspect_ratio import (
    Emu35ImageEditImageInputAspectRatio,
    check_emu_35_image_edit_image_input_aspect_ratio,
)
from ..models.emu_35_image_edit_image_input_output_format import (
    Emu35ImageEditImageInputOutputFormat,
    check_emu_35_image_edit_image_input_output_format,
)
from ..models.emu_35_image_edit_image_input_resolution import (
    Emu35ImageEditImageInputResolution,
    check_emu_35_image_edit_image_input_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .emu_35_image_edit_image_output import Emu35ImageEditImageOutput  # noqa: F401


T = TypeVar("T", bound="Emu35ImageEditImageInput")


@_attrs_define
class Emu35ImageEditImageInput(
    FalInput["Emu35ImageEditImageOutput"], endpoint="fal-ai/emu-3.5-image/edit-image"
):
    """Input of `fal-ai/emu-3.5-image/edit-image` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    prompt: str
    """String."""
    aspect_ratio: Emu35ImageEditImageInputAspectRatio | Unset = UNSET
    """One of "auto", "21:9", "16:9", "4:3", "3:2", "1:1", "2:3", "3:4", ... (10 values). Server
    default: "auto"."""
    enable_safety_checker: bool | Unset = UNSET
    """Boolean. Server default: true."""
    output_format: Emu35ImageEditImageInputOutputFormat | Unset = UNSET
    """One of "jpeg", "png", "webp". Server default: "png"."""
    resolution: Emu35ImageEditImageInputResolution | Unset = UNSET
    """One of "480p", "720p". Server default: "720p"."""
    seed: float | Unset = UNSET
    """Number."""
    sync_mode: bool | Unset = UNSET
    """Boolean."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        prompt = self.prompt

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        enable_safety_checker = self.enable_safety_checker

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        seed = self.seed

        sync_mode = self.sync_mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
                "prompt": prompt,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if seed is not UNSET:
            field_dict["seed"] = seed
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        prompt = d.pop("prompt")

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: Emu35ImageEditImageInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_emu_35_image_edit_image_input_aspect_ratio(_aspect_ratio)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: Emu35ImageEditImageInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_emu_35_image_edit_image_input_output_format(_output_format)

        _resolution = d.pop("resolution", UNSET)
        resolution: Emu35ImageEditImageInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_emu_35_image_edit_image_input_resolution(_resolution)

        seed = d.pop("seed", UNSET)

        sync_mode = d.pop("sync_mode", UNSET)

        emu_35_image_edit_image_input = cls(
            image_url=image_url,
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            enable_safety_checker=enable_safety_checker,
            output_format=output_format,
            resolution=resolution,
            seed=seed,
            sync_mode=sync_mode,
        )

        return emu_35_image_edit_image_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.seedvr_upscale_image_input_output_format import (
    SeedvrUpscaleImageInputOutputFormat,
    check_seedvr_upscale_image_input_output_format,
)
from ..models.seedvr_upscale_image_input_target_resolution import (
    SeedvrUpscaleImageInputTargetResolution,
    check_seedvr_upscale_image_input_target_resolution,
)
from ..models.seedvr_upscale_image_input_upscale_mode import (
    SeedvrUpscaleImageInputUpscaleMode,
    check_seedvr_upscale_image_input_upscale_mode,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .seedvr_upscale_image_output import SeedvrUpscaleImageOutput  # noqa: F401


T = TypeVar("T", bound="SeedvrUpscaleImageInput")


@_attrs_define
class SeedvrUpscaleImageInput(
    FalInput["SeedvrUpscaleImageOutput"], endpoint="fal-ai/seedvr/upscale/image"
):
    """Input of `fal-ai/seedvr/upscale/image` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    noise_scale: float | Unset = UNSET
    """Number. Server default: 0.1."""
    output_format: SeedvrUpscaleImageInputOutputFormat | Unset = UNSET
    """One of "png", "jpg", "webp". Server default: "jpg"."""
    seed: float | Unset = UNSET
    """Number."""
    sync_mode: bool | Unset = UNSET
    """Boolean."""
    target_resolution: SeedvrUpscaleImageInputTargetResolution | Unset = UNSET
    """One of "720p", "1080p", "1440p", "2160p". Server default: "1080p"."""
    upscale_factor: float | Unset = UNSET
    """Number. Server default: 2."""
    upscale_mode: SeedvrUpscaleImageInputUpscaleMode | Unset = UNSET
    """One of "target", "factor". Server default: "factor"."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        noise_scale = self.noise_scale

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        seed = self.seed

        sync_mode = self.sync_mode

        target_resolution: str | Unset = UNSET
        if not isinstance(self.target_resolution, Unset):
            target_resolution = self.target_resolution

        upscale_factor = self.upscale_factor

        upscale_mode: str | Unset = UNSET
        if not isinstance(self.upscale_mode, Unset):
            upscale_mode = self.upscale_mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
            }
        )
        if noise_scale is not UNSET:
            field_dict["noise_scale"] = noise_scale
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if seed is not UNSET:
            field_dict["seed"] = seed
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode
        if target_resolution is not UNSET:
            field_dict["target_resolution"] = target_resolution
        if upscale_factor is not UNSET:
            field_dict["upscale_factor"] = upscale_factor
        if upscale_mode is not UNSET:
            field_dict["upscale_mode"] = upscale_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        noise_scale = d.pop("noise_scale", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: SeedvrUpscaleImageInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_seedvr_upscale_image_input_output_format(_output_format)

        seed = d.pop("seed", UNSET)

        sync_mode = d.pop("sync_mode", UNSET)

        _target_resolution = d.pop("target_resolution", UNSET)
        target_resolution: SeedvrUpscaleImageInputTargetResolution | Unset
        if isinstance(_target_resolution, Unset):
            target_resolution = UNSET
        else:
            target_resolution = check_seedvr_upscale_image_input_target_resolution(
                _target_resolution
            )

        upscale_factor = d.pop("upscale_factor", UNSET)

        _upscale_mode = d.pop("upscale_mode", UNSET)
        upscale_mode: SeedvrUpscaleImageInputUpscaleMode | Unset
        if isinstance(_upscale_mode, Unset):
            upscale_mode = UNSET
        else:
            upscale_mode = check_seedvr_upscale_image_input_upscale_mode(_upscale_mode)

        seedvr_upscale_image_input = cls(
            image_url=image_url,
            noise_scale=noise_scale,
            output_format=output_format,
            seed=seed,
            sync_mode=sync_mode,
            target_resolution=target_resolution,
            upscale_factor=upscale_factor,
            upscale_mode=upscale_mode,
        )

        return seedvr_upscale_image_input

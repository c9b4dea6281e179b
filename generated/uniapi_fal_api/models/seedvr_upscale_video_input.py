from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.seedvr_upscale_video_input_output_format import (
    SeedvrUpscaleVideoInputOutputFormat,
    check_seedvr_upscale_video_input_output_format,
)
from ..models.seedvr_upscale_video_input_output_quality import (
    SeedvrUpscaleVideoInputOutputQuality,
    check_seedvr_upscale_video_input_output_quality,
)
from ..models.seedvr_upscale_video_input_output_write_mode import (
    SeedvrUpscaleVideoInputOutputWriteMode,
    check_seedvr_upscale_video_input_output_write_mode,
)
from ..models.seedvr_upscale_video_input_target_resolution import (
    SeedvrUpscaleVideoInputTargetResolution,
    check_seedvr_upscale_video_input_target_resolution,
)
from ..models.seedvr_upscale_video_input_upscale_mode import (
    SeedvrUpscaleVideoInputUpscaleMode,
    check_seedvr_upscale_video_input_upscale_mode,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .seedvr_upscale_video_output import SeedvrUpscaleVideoOutput  # noqa: F401


T = TypeVar("T", bound="SeedvrUpscaleVideoInput")


@_attrs_define
class SeedvrUpscaleVideoInput(
    FalInput["SeedvrUpscaleVideoOutput"], endpoint="fal-ai/seedvr/upscale/video"
):
    """Input of `fal-ai/seedvr/upscale/video` (video-to-video)."""

    video_url: str
    """Video Url: string."""
    upscale_mode: SeedvrUpscaleVideoInputUpscaleMode | Unset = UNSET
    """Upscale Mode: one of "target", "factor". Server default: "factor"."""
    upscale_factor: float | Unset = UNSET
    """Upscale Factor: number, 1 to 10. Server default: 2."""
    target_resolution: SeedvrUpscaleVideoInputTargetResolution | Unset = UNSET
    """Target Resolution: one of "720p", "1080p", "1440p", "2160p". Server default: "1080p"."""
    seed: int | None | Unset = UNSET
    """Seed: integer or None."""
    noise_scale: float | Unset = UNSET
    """Noise Scale: number, 0 to 1, a multiple of 0.001. Server default: 0.1."""
    output_format: SeedvrUpscaleVideoInputOutputFormat | Unset = UNSET
    """Output Format: one of "X264 (.mp4)", "VP9 (.webm)", "PRORES4444 (.mov)", "GIF (.gif)".
    Server default: "X264 (.mp4)"."""
    output_quality: SeedvrUpscaleVideoInputOutputQuality | Unset = UNSET
    """Output Quality: one of "low", "medium", "high", "maximum". Server default: "high"."""
    output_write_mode: SeedvrUpscaleVideoInputOutputWriteMode | Unset = UNSET
    """Output Write Mode: one of "fast", "balanced", "small". Server default: "balanced"."""
    sync_mode: bool | Unset = UNSET
    """Sync Mode: boolean. Server default: false."""

    def to_dict(self) -> dict[str, Any]:
        video_url = self.video_url

        upscale_mode: str | Unset = UNSET
        if not isinstance(self.upscale_mode, Unset):
            upscale_mode = self.upscale_mode

        upscale_factor = self.upscale_factor

        target_resolution: str | Unset = UNSET
        if not isinstance(self.target_resolution, Unset):
            target_resolution = self.target_resolution

        seed: int | None | Unset
        if isinstance(self.seed, Unset):
            seed = UNSET
        else:
            seed = self.seed

        noise_scale = self.noise_scale

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        output_quality: str | Unset = UNSET
        if not isinstance(self.output_quality, Unset):
            output_quality = self.output_quality

        output_write_mode: str | Unset = UNSET
        if not isinstance(self.output_write_mode, Unset):
            output_write_mode = self.output_write_mode

        sync_mode = self.sync_mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "video_url": video_url,
            }
        )
        if upscale_mode is not UNSET:
            field_dict["upscale_mode"] = upscale_mode
        if upscale_factor is not UNSET:
            field_dict["upscale_factor"] = upscale_factor
        if target_resolution is not UNSET:
            field_dict["target_resolution"] = target_resolution
        if seed is not UNSET:
            field_dict["seed"] = seed
        if noise_scale is not UNSET:
            field_dict["noise_scale"] = noise_scale
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if output_quality is not UNSET:
            field_dict["output_quality"] = output_quality
        if output_write_mode is not UNSET:
            field_dict["output_write_mode"] = output_write_mode
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        video_url = d.pop("video_url")

        _upscale_mode = d.pop("upscale_mode", UNSET)
        upscale_mode: SeedvrUpscaleVideoInputUpscaleMode | Unset
        if isinstance(_upscale_mode, Unset):
            upscale_mode = UNSET
        else:
            upscale_mode = check_seedvr_upscale_video_input_upscale_mode(_upscale_mode)

        upscale_factor = d.pop("upscale_factor", UNSET)

        _target_resolution = d.pop("target_resolution", UNSET)
        target_resolution: SeedvrUpscaleVideoInputTargetResolution | Unset
        if isinstance(_target_resolution, Unset):
            target_resolution = UNSET
        else:
            target_resolution = check_seedvr_upscale_video_input_target_resolution(
                _target_resolution
            )

        def _parse_seed(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        seed = _parse_seed(d.pop("seed", UNSET))

        noise_scale = d.pop("noise_scale", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: SeedvrUpscaleVideoInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_seedvr_upscale_video_input_output_format(_output_format)

        _output_quality = d.pop("output_quality", UNSET)
        output_quality: SeedvrUpscaleVideoInputOutputQuality | Unset
        if isinstance(_output_quality, Unset):
            output_quality = UNSET
        else:
            output_quality = check_seedvr_upscale_video_input_output_quality(_output_quality)

        _output_write_mode = d.pop("output_write_mode", UNSET)
        output_write_mode: SeedvrUpscaleVideoInputOutputWriteMode | Unset
        if isinstance(_output_write_mode, Unset):
            output_write_mode = UNSET
        else:
            output_write_mode = check_seedvr_upscale_video_input_output_write_mode(
                _output_write_mode
            )

        sync_mode = d.pop("sync_mode", UNSET)

        seedvr_upscale_video_input = cls(
            video_url=video_url,
            upscale_mode=upscale_mode,
            upscale_factor=upscale_factor,
            target_resolution=target_resolution,
            seed=seed,
            noise_scale=noise_scale,
            output_format=output_format,
            output_quality=output_quality,
            output_write_mode=output_write_mode,
            sync_mode=sync_mode,
        )

        return seedvr_upscale_video_input

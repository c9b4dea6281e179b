from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.flashvsr_upscale_video_input_acceleration import (
    FlashvsrUpscaleVideoInputAcceleration,
    check_flashvsr_upscale_video_input_acceleration,
)
from ..models.flashvsr_upscale_video_input_output_format import (
    FlashvsrUpscaleVideoInputOutputFormat,
    check_flashvsr_upscale_video_input_output_format,
)
from ..models.flashvsr_upscale_video_input_output_quality import (
    FlashvsrUpscaleVideoInputOutputQuality,
    check_flashvsr_upscale_video_input_output_quality,
)
from ..models.flashvsr_upscale_video_input_output_write_mode import (
    FlashvsrUpscaleVideoInputOutputWriteMode,
    check_flashvsr_upscale_video_input_output_write_mode,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .flashvsr_upscale_video_output import FlashvsrUpscaleVideoOutput  # noqa: F401


T = TypeVar("T", bound="FlashvsrUpscaleVideoInput")


@_attrs_define
class FlashvsrUpscaleVideoInput(
    FalInput["FlashvsrUpscaleVideoOutput"], endpoint="fal-ai/flashvsr/upscale/video"
):
    """Input of `fal-ai/flashvsr/upscale/video` (video-to-video)."""

    video_url: str
    """Video Url: string."""
    upscale_factor: float | Unset = UNSET
    """Upscale Factor: number, 1 to 4. Server default: 2."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    sync_mode: bool | Unset = UNSET
    """Sync Mode: boolean. Server default: false."""
    acceleration: FlashvsrUpscaleVideoInputAcceleration | Unset = UNSET
    """Acceleration: one of "regular", "high", "full". Server default: "regular"."""
    color_fix: bool | Unset = UNSET
    """Color Fix: boolean. Server default: true."""
    quality: int | Unset = UNSET
    """Quality: integer, 0 to 100. Server default: 70."""
    preserve_audio: bool | Unset = UNSET
    """Preserve Audio: boolean. Server default: false."""
    output_format: FlashvsrUpscaleVideoInputOutputFormat | Unset = UNSET
    """Output Format: one of "X264 (.mp4)", "VP9 (.webm)", "PRORES4444 (.mov)", "GIF (.gif)".
    Server default: "X264 (.mp4)"."""
    output_quality: FlashvsrUpscaleVideoInputOutputQuality | Unset = UNSET
    """Output Quality: one of "low", "medium", "high", "maximum". Server default: "high"."""
    output_write_mode: FlashvsrUpscaleVideoInputOutputWriteMode | Unset = UNSET
    """Output Write Mode: one of "fast", "balanced", "small". Server default: "balanced"."""

    def to_dict(self) -> dict[str, Any]:
        video_url = self.video_url

        upscale_factor = self.upscale_factor

        seed = self.seed

        sync_mode = self.sync_mode

        acceleration: str | Unset = UNSET
        if not isinstance(self.acceleration, Unset):
            acceleration = self.acceleration

        color_fix = self.color_fix

        quality = self.quality

        preserve_audio = self.preserve_audio

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        output_quality: str | Unset = UNSET
        if not isinstance(self.output_quality, Unset):
            output_quality = self.output_quality

        output_write_mode: str | Unset = UNSET
        if not isinstance(self.output_write_mode, Unset):
            output_write_mode = self.output_write_mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "video_url": video_url,
            }
        )
        if upscale_factor is not UNSET:
            field_dict["upscale_factor"] = upscale_factor
        if seed is not UNSET:
            field_dict["seed"] = seed
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode
        if acceleration is not UNSET:
            field_dict["acceleration"] = acceleration
        if color_fix is not UNSET:
            field_dict["color_fix"] = color_fix
        if quality is not UNSET:
            field_dict["quality"] = quality
        if preserve_audio is not UNSET:
            field_dict["preserve_audio"] = preserve_audio
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if output_quality is not UNSET:
            field_dict["output_quality"] = output_quality
        if output_write_mode is not UNSET:
            field_dict["output_write_mode"] = output_write_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        video_url = d.pop("video_url")

        upscale_factor = d.pop("upscale_factor", UNSET)

        seed = d.pop("seed", UNSET)

        sync_mode = d.pop("sync_mode", UNSET)

        _acceleration = d.pop("acceleration", UNSET)
        acceleration: FlashvsrUpscaleVideoInputAcceleration | Unset
        if isinstance(_acceleration, Unset):
            acceleration = UNSET
        else:
            acceleration = check_flashvsr_upscale_video_input_acceleration(_acceleration)

        color_fix = d.pop("color_fix", UNSET)

        quality = d.pop("quality", UNSET)

        preserve_audio = d.pop("preserve_audio", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: FlashvsrUpscaleVideoInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_flashvsr_upscale_video_input_output_format(_output_format)

        _output_quality = d.pop("output_quality", UNSET)
        output_quality: FlashvsrUpscaleVideoInputOutputQuality | Unset
        if isinstance(_output_quality, Unset):
            output_quality = UNSET
        else:
            output_quality = check_flashvsr_upscale_video_input_output_quality(_output_quality)

        _output_write_mode = d.pop("output_write_mode", UNSET)
        output_write_mode: FlashvsrUpscaleVideoInputOutputWriteMode | Unset
        if isinstance(_output_write_mode, Unset):
            output_write_mode = UNSET
        else:
            output_write_mode = check_flashvsr_upscale_video_input_output_write_mode(
                _output_write_mode
            )

        flashvsr_upscale_video_input = cls(
            video_url=video_url,
            upscale_factor=upscale_factor,
            seed=seed,
            sync_mode=sync_mode,
            acceleration=acceleration,
            color_fix=color_fix,
            quality=quality,
            preserve_audio=preserve_audio,
            output_format=output_format,
            output_quality=output_quality,
            output_write_mode=output_write_mode,
        )

        return flashvsr_upscale_video_input

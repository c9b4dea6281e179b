from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.birefnet_v2_video_input_model import (
    BirefnetV2VideoInputModel,
    check_birefnet_v2_video_input_model,
)
from ..models.birefnet_v2_video_input_operating_resolution import (
    BirefnetV2VideoInputOperatingResolution,
    check_birefnet_v2_video_input_operating_resolution,
)
from ..models.birefnet_v2_video_input_video_output_type import (
    BirefnetV2VideoInputVideoOutputType,
    check_birefnet_v2_video_input_video_output_type,
)
from ..models.birefnet_v2_video_input_video_quality import (
    BirefnetV2VideoInputVideoQuality,
    check_birefnet_v2_video_input_video_quality,
)
from ..models.birefnet_v2_video_input_video_write_mode import (
    BirefnetV2VideoInputVideoWriteMode,
    check_birefnet_v2_video_input_video_write_mode,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .birefnet_v2_video_output import BirefnetV2VideoOutput  # noqa: F401


T = TypeVar("T", bound="BirefnetV2VideoInput")


@_attrs_define
class BirefnetV2VideoInput(FalInput["BirefnetV2VideoOutput"], endpoint="fal-ai/birefnet/v2/video"):
    """Input of `fal-ai/birefnet/v2/video` (video-to-video)."""

    video_url: str
    """Video Url: string."""
    model: BirefnetV2VideoInputModel | Unset = UNSET
    """Model: one of "General Use (Light)", "General Use (Light 2K)", "General Use (Heavy)",
    "Matting", "Portrait", "General Use (Dynamic)". Server default: "General Use (Light)"."""
    operating_resolution: BirefnetV2VideoInputOperatingResolution | Unset = UNSET
    """Operating Resolution: one of "1024x1024", "2048x2048", "2304x2304". Server default:
    "1024x1024"."""
    output_mask: bool | Unset = UNSET
    """Output Mask: boolean. Server default: false."""
    refine_foreground: bool | Unset = UNSET
    """Refine Foreground: boolean. Server default: true."""
    sync_mode: bool | Unset = UNSET
    """Sync Mode: boolean. Server default: false."""
    video_output_type: BirefnetV2VideoInputVideoOutputType | Unset = UNSET
    """Video Output Type: one of "X264 (.mp4)", "VP9 (.webm)", "PRORES4444 (.mov)", "GIF (.gif)".
    Server default: "X264 (.mp4)"."""
    video_quality: BirefnetV2VideoInputVideoQuality | Unset = UNSET
    """Video Quality: one of "low", "medium", "high", "maximum". Server default: "high"."""
    video_write_mode: BirefnetV2VideoInputVideoWriteMode | Unset = UNSET
    """Video Write Mode: one of "fast", "balanced", "small". Server default: "balanced"."""

    def to_dict(self) -> dict[str, Any]:
        video_url = self.video_url

        model: str | Unset = UNSET
        if not isinstance(self.model, Unset):
            model = self.model

        operating_resolution: str | Unset = UNSET
        if not isinstance(self.operating_resolution, Unset):
            operating_resolution = self.operating_resolution

        output_mask = self.output_mask

        refine_foreground = self.refine_foreground

        sync_mode = self.sync_mode

        video_output_type: str | Unset = UNSET
        if not isinstance(self.video_output_type, Unset):
            video_output_type = self.video_output_type

        video_quality: str | Unset = UNSET
        if not isinstance(self.video_quality, Unset):
            video_quality = self.video_quality

        video_write_mode: str | Unset = UNSET
        if not isinstance(self.video_write_mode, Unset):
            video_write_mode = self.video_write_mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "video_url": video_url,
            }
        )
        if model is not UNSET:
            field_dict["model"] = model
        if operating_resolution is not UNSET:
            field_dict["operating_resolution"] = operating_resolution
        if output_mask is not UNSET:
            field_dict["output_mask"] = output_mask
        if refine_foreground is not UNSET:
            field_dict["refine_foreground"] = refine_foreground
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode
        if video_output_type is not UNSET:
            field_dict["video_output_type"] = video_output_type
        if video_quality is not UNSET:
            field_dict["video_quality"] = video_quality
        if video_write_mode is not UNSET:
            field_dict["video_write_mode"] = video_write_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        video_url = d.pop("video_url")

        _model = d.pop("model", UNSET)
        model: BirefnetV2VideoInputModel | Unset
        if isinstance(_model, Unset):
            model = UNSET
        else:
            model = check_birefnet_v2_video_input_model(_model)

        _operating_resolution = d.pop("operating_resolution", UNSET)
        operating_resolution: BirefnetV2VideoInputOperatingResolution | Unset
        if isinstance(_operating_resolution, Unset):
            operating_resolution = UNSET
        else:
            operating_resolution = check_birefnet_v2_video_input_operating_resolution(
                _operating_resolution
            )

        output_mask = d.pop("output_mask", UNSET)

        refine_foreground = d.pop("refine_foreground", UNSET)

        sync_mode = d.pop("sync_mode", UNSET)

        _video_output_type = d.pop("video_output_type", UNSET)
        video_output_type: BirefnetV2VideoInputVideoOutputType | Unset
        if isinstance(_video_output_type, Unset):
            video_output_type = UNSET
        else:
            video_output_type = check_birefnet_v2_video_input_video_output_type(_video_output_type)

        _video_quality = d.pop("video_quality", UNSET)
        video_quality: BirefnetV2VideoInputVideoQuality | Unset
        if isinstance(_video_quality, Unset):
            video_quality = UNSET
        else:
            video_quality = check_birefnet_v2_video_input_video_quality(_video_quality)

        _video_write_mode = d.pop("video_write_mode", UNSET)
        video_write_mode: BirefnetV2VideoInputVideoWriteMode | Unset
        if isinstance(_video_write_mode, Unset):
            video_write_mode = UNSET
        else:
            video_write_mode = check_birefnet_v2_video_input_video_write_mode(_video_write_mode)

        birefnet_v2_video_input = cls(
            video_url=video_url,
            model=model,
            operating_resolution=operating_resolution,
            output_mask=output_mask,
            refine_foreground=refine_foreground,
            sync_mode=sync_mode,
            video_output_type=video_output_type,
            video_quality=video_quality,
            video_write_mode=video_write_mode,
        )

        return birefnet_v2_video_input

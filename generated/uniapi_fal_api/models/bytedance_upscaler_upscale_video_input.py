from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.bytedance_upscaler_upscale_video_input_target_fps import (
    BytedanceUpscalerUpscaleVideoInputTargetFps,
    check_bytedance_upscaler_upscale_video_input_target_fps,
)
from ..models.bytedance_upscaler_upscale_video_input_target_resolution import (
    BytedanceUpscalerUpscaleVideoInputTargetResolution,
    check_bytedance_upscaler_upscale_video_input_target_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .bytedance_upscaler_upscale_video_output import (
        BytedanceUpscalerUpscaleVideoOutput,  # noqa: F401
    )


T = TypeVar("T", bound="BytedanceUpscalerUpscaleVideoInput")


@_attrs_define
class BytedanceUpscalerUpscaleVideoInput(
    FalInput["BytedanceUpscalerUpscaleVideoOutput"],
    endpoint="fal-ai/bytedance-upscaler/upscale/video",
):
    """Input of `fal-ai/bytedance-upscaler/upscale/video` (video-to-video)."""

    video_url: str
    """Video Url: string."""
    target_resolution: BytedanceUpscalerUpscaleVideoInputTargetResolution | Unset = UNSET
    """Target Resolution: one of "1080p", "2k", "4k". Server default: "1080p"."""
    target_fps: BytedanceUpscalerUpscaleVideoInputTargetFps | Unset = UNSET
    """Target Fps: one of "30fps", "60fps". Server default: "30fps"."""

    def to_dict(self) -> dict[str, Any]:
        video_url = self.video_url

        target_resolution: str | Unset = UNSET
        if not isinstance(self.target_resolution, Unset):
            target_resolution = self.target_resolution

        target_fps: str | Unset = UNSET
        if not isinstance(self.target_fps, Unset):
            target_fps = self.target_fps

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "video_url": video_url,
            }
        )
        if target_resolution is not UNSET:
            field_dict["target_resolution"] = target_resolution
        if target_fps is not UNSET:
            field_dict["target_fps"] = target_fps

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        video_url = d.pop("video_url")

        _target_resolution = d.pop("target_resolution", UNSET)
        target_resolution: BytedanceUpscalerUpscaleVideoInputTargetResolution | Unset
        if isinstance(_target_resolution, Unset):
            target_resolution = UNSET
        else:
            target_resolution = check_bytedance_upscaler_upscale_video_input_target_resolution(
                _target_resolution
            )

        _target_fps = d.pop("target_fps", UNSET)
        target_fps: BytedanceUpscalerUpscaleVideoInputTargetFps | Unset
        if isinstance(_target_fps, Unset):
            target_fps = UNSET
        else:
            target_fps = check_bytedance_upscaler_upscale_video_input_target_fps(_target_fps)

        bytedance_upscaler_upscale_video_input = cls(
            video_url=video_url,
            target_resolution=target_resolution,
            target_fps=target_fps,
        )

        return bytedance_upscaler_upscale_video_input

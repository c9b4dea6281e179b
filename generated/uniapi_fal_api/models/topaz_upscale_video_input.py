from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .topaz_upscale_video_output import TopazUpscaleVideoOutput  # noqa: F401


T = TypeVar("T", bound="TopazUpscaleVideoInput")


@_attrs_define
class TopazUpscaleVideoInput(
    FalInput["TopazUpscaleVideoOutput"], endpoint="fal-ai/topaz/upscale/video"
):
    """Input of `fal-ai/topaz/upscale/video` (video-to-video)."""

    video_url: str
    """Video Url: string."""
    upscale_factor: float | Unset = UNSET
    """Upscale Factor: number, 1 to 4. Server default: 2."""
    target_fps: int | Unset = UNSET
    """Target Fps: integer, 16 to 60."""
    h264_output: bool | Unset = UNSET
    """H264 Output: boolean. Server default: false."""

    def to_dict(self) -> dict[str, Any]:
        video_url = self.video_url

        upscale_factor = self.upscale_factor

        target_fps = self.target_fps

        h264_output = self.h264_output

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "video_url": video_url,
            }
        )
        if upscale_factor is not UNSET:
            field_dict["upscale_factor"] = upscale_factor
        if target_fps is not UNSET:
            field_dict["target_fps"] = target_fps
        if h264_output is not UNSET:
            field_dict["H264_output"] = h264_output

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        video_url = d.pop("video_url")

        upscale_factor = d.pop("upscale_factor", UNSET)

        target_fps = d.pop("target_fps", UNSET)

        h264_output = d.pop("H264_output", UNSET)

        topaz_upscale_video_input = cls(
            video_url=video_url,
            upscale_factor=upscale_factor,
            target_fps=target_fps,
            h264_output=h264_output,
        )

        return topaz_upscale_video_input

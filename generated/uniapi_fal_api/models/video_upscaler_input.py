from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .video_upscaler_output import VideoUpscalerOutput  # noqa: F401


T = TypeVar("T", bound="VideoUpscalerInput")


@_attrs_define
class VideoUpscalerInput(FalInput["VideoUpscalerOutput"], endpoint="fal-ai/video-upscaler"):
    """Input of `fal-ai/video-upscaler` (video-to-video)."""

    video_url: str
    """Video Url: string."""
    scale: float | Unset = UNSET
    """Scale: number, 1 to 8. Server default: 2."""

    def to_dict(self) -> dict[str, Any]:
        video_url = self.video_url

        scale = self.scale

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "video_url": video_url,
            }
        )
        if scale is not UNSET:
            field_dict["scale"] = scale

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        video_url = d.pop("video_url")

        scale = d.pop("scale", UNSET)

        video_upscaler_input = cls(
            video_url=video_url,
            scale=scale,
        )

        return video_upscaler_input

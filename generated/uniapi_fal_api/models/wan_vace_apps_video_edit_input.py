from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.wan_vace_apps_video_edit_input_acceleration import (
    WanVaceAppsVideoEditInputAcceleration,
    check_wan_vace_apps_video_edit_input_acceleration,
)
from ..models.wan_vace_apps_video_edit_input_aspect_ratio import (
    WanVaceAppsVideoEditInputAspectRatio,
    check_wan_vace_apps_video_edit_input_aspect_ratio,
)
from ..models.wan_vace_apps_video_edit_input_resolution import (
    WanVaceAppsVideoEditInputResolution,
    check_wan_vace_apps_video_edit_input_resolution,
)
from ..models.wan_vace_apps_video_edit_input_video_type import (
    WanVaceAppsVideoEditInputVideoType,
    check_wan_vace_apps_video_edit_input_video_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .wan_vace_apps_video_edit_output import WanVaceAppsVideoEditOutput  # noqa: F401


T = TypeVar("T", bound="WanVaceAppsVideoEditInput")


@_attrs_define
class WanVaceAppsVideoEditInput(
    FalInput["WanVaceAppsVideoEditOutput"], endpoint="fal-ai/wan-vace-apps/video-edit"
):
    """Input of `fal-ai/wan-vace-apps/video-edit` (video-to-video)."""

    prompt: str
    """Prompt: string."""
    video_url: str
    """Video URL: string."""
    video_type: WanVaceAppsVideoEditInputVideoType | Unset = UNSET
    """Video Type: one of "auto", "general", "human". Server default: "auto"."""
    image_urls: list[str] | Unset = UNSET
    """Image URLs: list of string. Server default: []."""
    resolution: WanVaceAppsVideoEditInputResolution | Unset = UNSET
    """Resolution: one of "auto", "240p", "360p", "480p", "580p", "720p". Server default: "auto"."""
    acceleration: WanVaceAppsVideoEditInputAcceleration | Unset = UNSET
    """Acceleration: one of "none", "low", "regular". Server default: "regular"."""
    enable_auto_downsample: bool | Unset = UNSET
    """Enable Auto Downsampling: boolean. Server default: true."""
    aspect_ratio: WanVaceAppsVideoEditInputAspectRatio | Unset = UNSET
    """Aspect Ratio: one of "auto", "16:9", "9:16", "1:1". Server default: "auto"."""
    auto_downsample_min_fps: float | Unset = UNSET
    """Auto Downsample Min FPS: number, 1 to 60. Server default: 15."""
    enable_safety_checker: bool | Unset = UNSET
    """Enable Safety Checker: boolean. Server default: true."""
    return_frames_zip: bool | Unset = UNSET
    """Return Frames ZIP: boolean. Server default: false."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        video_url = self.video_url

        video_type: str | Unset = UNSET
        if not isinstance(self.video_type, Unset):
            video_type = self.video_type

        image_urls: list[str] | Unset = UNSET
        if not isinstance(self.image_urls, Unset):
            image_urls = self.image_urls

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        acceleration: str | Unset = UNSET
        if not isinstance(self.acceleration, Unset):
            acceleration = self.acceleration

        enable_auto_downsample = self.enable_auto_downsample

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        auto_downsample_min_fps = self.auto_downsample_min_fps

        enable_safety_checker = self.enable_safety_checker

        return_frames_zip = self.return_frames_zip

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
                "video_url": video_url,
            }
        )
        if video_type is not UNSET:
            field_dict["video_type"] = video_type
        if image_urls is not UNSET:
            field_dict["image_urls"] = image_urls
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if acceleration is not UNSET:
            field_dict["acceleration"] = acceleration
        if enable_auto_downsample is not UNSET:
            field_dict["enable_auto_downsample"] = enable_auto_downsample
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if auto_downsample_min_fps is not UNSET:
            field_dict["auto_downsample_min_fps"] = auto_downsample_min_fps
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker
        if return_frames_zip is not UNSET:
            field_dict["return_frames_zip"] = return_frames_zip

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        video_url = d.pop("video_url")

        _video_type = d.pop("video_type", UNSET)
        video_type: WanVaceAppsVideoEditInputVideoType | Unset
        if isinstance(_video_type, Unset):
            video_type = UNSET
        else:
            video_type = check_wan_vace_apps_video_edit_input_video_type(_video_type)

        image_urls = cast(list[str], d.pop("image_urls", UNSET))

        _resolution = d.pop("resolution", UNSET)
        resolution: WanVaceAppsVideoEditInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_wan_vace_apps_video_edit_input_resolution(_resolution)

        _acceleration = d.pop("acceleration", UNSET)
        acceleration: WanVaceAppsVideoEditInputAcceleration | Unset
        if isinstance(_acceleration, Unset):
            acceleration = UNSET
        else:
            acceleration = check_wan_vace_apps_video_edit_input_acceleration(_acceleration)

        enable_auto_downsample = d.pop("enable_auto_downsample", UNSET)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: WanVaceAppsVideoEditInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_wan_vace_apps_video_edit_input_aspect_ratio(_aspect_ratio)

        auto_downsample_min_fps = d.pop("auto_downsample_min_fps", UNSET)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        return_frames_zip = d.pop("return_frames_zip", UNSET)

        wan_vace_apps_video_edit_input = cls(
            prompt=prompt,
            video_url=video_url,
            video_type=video_type,
            image_urls=image_urls,
            resolution=resolution,
            acceleration=acceleration,
            enable_auto_downsample=enable_auto_downsample,
            aspect_ratio=aspect_ratio,
            auto_downsample_min_fps=auto_downsample_min_fps,
            enable_safety_checker=enable_safety_checker,
            return_frames_zip=return_frames_zip,
        )

        return wan_vace_apps_video_edit_input

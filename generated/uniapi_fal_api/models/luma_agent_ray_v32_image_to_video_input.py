from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.luma_agent_ray_v32_image_to_video_input_aspect_ratio import (
    LumaAgentRayV32ImageToVideoInputAspectRatio,
    check_luma_agent_ray_v32_image_to_video_input_aspect_ratio,
)
from ..models.luma_agent_ray_v32_image_to_video_input_duration import (
    LumaAgentRayV32ImageToVideoInputDuration,
    check_luma_agent_ray_v32_image_to_video_input_duration,
)
from ..models.luma_agent_ray_v32_image_to_video_input_resolution import (
    LumaAgentRayV32ImageToVideoInputResolution,
    check_luma_agent_ray_v32_image_to_video_input_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .luma_agent_ray_v32_image_to_video_output import (
        LumaAgentRayV32ImageToVideoOutput,  # noqa: F401
    )


T = TypeVar("T", bound="LumaAgentRayV32ImageToVideoInput")


@_attrs_define
class LumaAgentRayV32ImageToVideoInput(
    FalInput["LumaAgentRayV32ImageToVideoOutput"], endpoint="luma/agent/ray/v3.2/image-to-video"
):
    """Input of `luma/agent/ray/v3.2/image-to-video` (image-to-video). fal publishes no constraints for it (it comes from
    fal's TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    prompt: str
    """String."""
    aspect_ratio: LumaAgentRayV32ImageToVideoInputAspectRatio | Unset = UNSET
    """One of "3:4", "4:3", "1:1", "9:16", "16:9", "21:9". Server default: "16:9"."""
    duration: LumaAgentRayV32ImageToVideoInputDuration | Unset = UNSET
    """One of "5s", "10s". Server default: "5s"."""
    end_image_url: str | Unset = UNSET
    """URL or local file."""
    exr_export: bool | Unset = UNSET
    """Boolean."""
    hdr: bool | Unset = UNSET
    """Boolean."""
    image_url: str | Unset = UNSET
    """URL or local file."""
    keyframe_indexes: list[float] | Unset = UNSET
    """List of number."""
    keyframes: list[str] | Unset = UNSET
    """List of string."""
    loop: bool | Unset = UNSET
    """Boolean."""
    resolution: LumaAgentRayV32ImageToVideoInputResolution | Unset = UNSET
    """One of "540p", "720p", "1080p". Server default: "540p"."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        duration: str | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

        end_image_url = self.end_image_url

        exr_export = self.exr_export

        hdr = self.hdr

        image_url = self.image_url

        keyframe_indexes: list[float] | Unset = UNSET
        if not isinstance(self.keyframe_indexes, Unset):
            keyframe_indexes = self.keyframe_indexes

        keyframes: list[str] | Unset = UNSET
        if not isinstance(self.keyframes, Unset):
            keyframes = self.keyframes

        loop = self.loop

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if duration is not UNSET:
            field_dict["duration"] = duration
        if end_image_url is not UNSET:
            field_dict["end_image_url"] = end_image_url
        if exr_export is not UNSET:
            field_dict["exr_export"] = exr_export
        if hdr is not UNSET:
            field_dict["hdr"] = hdr
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if keyframe_indexes is not UNSET:
            field_dict["keyframe_indexes"] = keyframe_indexes
        if keyframes is not UNSET:
            field_dict["keyframes"] = keyframes
        if loop is not UNSET:
            field_dict["loop"] = loop
        if resolution is not UNSET:
            field_dict["resolution"] = resolution

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: LumaAgentRayV32ImageToVideoInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_luma_agent_ray_v32_image_to_video_input_aspect_ratio(_aspect_ratio)

        _duration = d.pop("duration", UNSET)
        duration: LumaAgentRayV32ImageToVideoInputDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_luma_agent_ray_v32_image_to_video_input_duration(_duration)

        end_image_url = d.pop("end_image_url", UNSET)

        exr_export = d.pop("exr_export", UNSET)

        hdr = d.pop("hdr", UNSET)

        image_url = d.pop("image_url", UNSET)

        keyframe_indexes = cast(list[float], d.pop("keyframe_indexes", UNSET))

        keyframes = cast(list[str], d.pop("keyframes", UNSET))

        loop = d.pop("loop", UNSET)

        _resolution = d.pop("resolution", UNSET)
        resolution: LumaAgentRayV32ImageToVideoInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_luma_agent_ray_v32_image_to_video_input_resolution(_resolution)

        luma_agent_ray_v32_image_to_video_input = cls(
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            duration=duration,
            end_image_url=end_image_url,
            exr_export=exr_export,
            hdr=hdr,
            image_url=image_url,
            keyframe_indexes=keyframe_indexes,
            keyframes=keyframes,
            loop=loop,
            resolution=resolution,
        )

        return luma_agent_ray_v32_image_to_video_input

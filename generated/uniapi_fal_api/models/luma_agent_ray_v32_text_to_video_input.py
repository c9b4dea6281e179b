from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.luma_agent_ray_v32_text_to_video_input_aspect_ratio import (
    LumaAgentRayV32TextToVideoInputAspectRatio,
    check_luma_agent_ray_v32_text_to_video_input_aspect_ratio,
)
from ..models.luma_agent_ray_v32_text_to_video_input_duration import (
    LumaAgentRayV32TextToVideoInputDuration,
    check_luma_agent_ray_v32_text_to_video_input_duration,
)
from ..models.luma_agent_ray_v32_text_to_video_input_resolution import (
    LumaAgentRayV32TextToVideoInputResolution,
    check_luma_agent_ray_v32_text_to_video_input_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .luma_agent_ray_v32_text_to_video_output import (
        LumaAgentRayV32TextToVideoOutput,  # noqa: F401
    )


T = TypeVar("T", bound="LumaAgentRayV32TextToVideoInput")


@_attrs_define
class LumaAgentRayV32TextToVideoInput(
    FalInput["LumaAgentRayV32TextToVideoOutput"], endpoint="luma/agent/ray/v3.2/text-to-video"
):
    """Input of `luma/agent/ray/v3.2/text-to-video` (text-to-video). fal publishes no constraints for it (it comes from
    fal's TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    prompt: str
    """String."""
    aspect_ratio: LumaAgentRayV32TextToVideoInputAspectRatio | Unset = UNSET
    """One of "3:4", "4:3", "1:1", "9:16", "16:9", "21:9". Server default: "16:9"."""
    duration: LumaAgentRayV32TextToVideoInputDuration | Unset = UNSET
    """One of "5s", "10s". Server default: "5s"."""
    exr_export: bool | Unset = UNSET
    """Boolean."""
    hdr: bool | Unset = UNSET
    """Boolean."""
    loop: bool | Unset = UNSET
    """Boolean."""
    resolution: LumaAgentRayV32TextToVideoInputResolution | Unset = UNSET
    """One of "540p", "720p", "1080p". Server default: "540p"."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        duration: str | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

        exr_export = self.exr_export

        hdr = self.hdr

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
        if exr_export is not UNSET:
            field_dict["exr_export"] = exr_export
        if hdr is not UNSET:
            field_dict["hdr"] = hdr
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
        aspect_ratio: LumaAgentRayV32TextToVideoInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_luma_agent_ray_v32_text_to_video_input_aspect_ratio(_aspect_ratio)

        _duration = d.pop("duration", UNSET)
        duration: LumaAgentRayV32TextToVideoInputDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_luma_agent_ray_v32_text_to_video_input_duration(_duration)

        exr_export = d.pop("exr_export", UNSET)

        hdr = d.pop("hdr", UNSET)

        loop = d.pop("loop", UNSET)

        _resolution = d.pop("resolution", UNSET)
        resolution: LumaAgentRayV32TextToVideoInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_luma_agent_ray_v32_text_to_video_input_resolution(_resolution)

        luma_agent_ray_v32_text_to_video_input = cls(
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            duration=duration,
            exr_export=exr_export,
            hdr=hdr,
            loop=loop,
            resolution=resolution,
        )

        return luma_agent_ray_v32_text_to_video_input

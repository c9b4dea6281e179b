from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.luma_agent_ray_v32_reframe_input_aspect_ratio import (
    LumaAgentRayV32ReframeInputAspectRatio,
    check_luma_agent_ray_v32_reframe_input_aspect_ratio,
)
from ..models.luma_agent_ray_v32_reframe_input_resolution import (
    LumaAgentRayV32ReframeInputResolution,
    check_luma_agent_ray_v32_reframe_input_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ray_reframe_source_position import RayReframeSourcePosition
    from .luma_agent_ray_v32_reframe_output import LumaAgentRayV32ReframeOutput  # noqa: F401


T = TypeVar("T", bound="LumaAgentRayV32ReframeInput")


@_attrs_define
class LumaAgentRayV32ReframeInput(
    FalInput["LumaAgentRayV32ReframeOutput"], endpoint="luma/agent/ray/v3.2/reframe"
):
    """Input of `luma/agent/ray/v3.2/reframe` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    aspect_ratio: LumaAgentRayV32ReframeInputAspectRatio
    """One of "3:4", "4:3", "1:1", "9:16", "16:9", "21:9"."""
    prompt: str
    """String."""
    video_url: str
    """URL or local file."""
    resolution: LumaAgentRayV32ReframeInputResolution | Unset = UNSET
    """One of "540p", "720p", "1080p". Server default: "540p"."""
    source_position: RayReframeSourcePosition | Unset = UNSET
    """RayReframeSourcePosition."""

    def to_dict(self) -> dict[str, Any]:
        aspect_ratio: str = self.aspect_ratio

        prompt = self.prompt

        video_url = self.video_url

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        source_position: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source_position, Unset):
            source_position = self.source_position.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "aspect_ratio": aspect_ratio,
                "prompt": prompt,
                "video_url": video_url,
            }
        )
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if source_position is not UNSET:
            field_dict["source_position"] = source_position

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ray_reframe_source_position import RayReframeSourcePosition  # noqa: PLC0415

        d = dict(src_dict)
        aspect_ratio = check_luma_agent_ray_v32_reframe_input_aspect_ratio(d.pop("aspect_ratio"))

        prompt = d.pop("prompt")

        video_url = d.pop("video_url")

        _resolution = d.pop("resolution", UNSET)
        resolution: LumaAgentRayV32ReframeInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_luma_agent_ray_v32_reframe_input_resolution(_resolution)

        _source_position = d.pop("source_position", UNSET)
        source_position: RayReframeSourcePosition | Unset
        if isinstance(_source_position, Unset):
            source_position = UNSET
        else:
            source_position = RayReframeSourcePosition.from_dict(_source_position)

        luma_agent_ray_v32_reframe_input = cls(
            aspect_ratio=aspect_ratio,
            prompt=prompt,
            video_url=video_url,
            resolution=resolution,
            source_position=source_position,
        )

        return luma_agent_ray_v32_reframe_input

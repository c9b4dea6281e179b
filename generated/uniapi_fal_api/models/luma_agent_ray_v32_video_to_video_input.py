from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.luma_agent_ray_v32_video_to_video_input_duration import (
    LumaAgentRayV32VideoToVideoInputDuration,
    check_luma_agent_ray_v32_video_to_video_input_duration,
)
from ..models.luma_agent_ray_v32_video_to_video_input_edit_strength import (
    LumaAgentRayV32VideoToVideoInputEditStrength,
    check_luma_agent_ray_v32_video_to_video_input_edit_strength,
)
from ..models.luma_agent_ray_v32_video_to_video_input_resolution import (
    LumaAgentRayV32VideoToVideoInputResolution,
    check_luma_agent_ray_v32_video_to_video_input_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ray_edit_controls import RayEditControls
    from .luma_agent_ray_v32_video_to_video_output import (
        LumaAgentRayV32VideoToVideoOutput,  # noqa: F401
    )


T = TypeVar("T", bound="LumaAgentRayV32VideoToVideoInput")


@_attrs_define
class LumaAgentRayV32VideoToVideoInput(
    FalInput["LumaAgentRayV32VideoToVideoOutput"], endpoint="luma/agent/ray/v3.2/video-to-video"
):
    """Input of `luma/agent/ray/v3.2/video-to-video` (video-to-video). fal publishes no constraints for it (it comes from
    fal's TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    prompt: str
    """String."""
    video_url: str
    """URL or local file."""
    auto_controls: bool | Unset = UNSET
    """Boolean."""
    controls: RayEditControls | Unset = UNSET
    """RayEditControls."""
    duration: LumaAgentRayV32VideoToVideoInputDuration | Unset = UNSET
    """One of "5s", "10s". Server default: "5s"."""
    edit_strength: LumaAgentRayV32VideoToVideoInputEditStrength | Unset = UNSET
    """One of "adhere_1", "adhere_2", "adhere_3", "flex_1", "flex_2", "flex_3", "reimagine_1",
    "reimagine_2", ... (9 values)."""
    exr_export: bool | Unset = UNSET
    """Boolean."""
    hdr: bool | Unset = UNSET
    """Boolean."""
    keyframe_indexes: list[float] | Unset = UNSET
    """List of number."""
    keyframes: list[str] | Unset = UNSET
    """List of string."""
    resolution: LumaAgentRayV32VideoToVideoInputResolution | Unset = UNSET
    """One of "540p", "720p", "1080p". Server default: "540p"."""
    start_image_url: str | Unset = UNSET
    """URL or local file."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        video_url = self.video_url

        auto_controls = self.auto_controls

        controls: dict[str, Any] | Unset = UNSET
        if not isinstance(self.controls, Unset):
            controls = self.controls.to_dict()

        duration: str | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

        edit_strength: str | Unset = UNSET
        if not isinstance(self.edit_strength, Unset):
            edit_strength = self.edit_strength

        exr_export = self.exr_export

        hdr = self.hdr

        keyframe_indexes: list[float] | Unset = UNSET
        if not isinstance(self.keyframe_indexes, Unset):
            keyframe_indexes = self.keyframe_indexes

        keyframes: list[str] | Unset = UNSET
        if not isinstance(self.keyframes, Unset):
            keyframes = self.keyframes

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        start_image_url = self.start_image_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
                "video_url": video_url,
            }
        )
        if auto_controls is not UNSET:
            field_dict["auto_controls"] = auto_controls
        if controls is not UNSET:
            field_dict["controls"] = controls
        if duration is not UNSET:
            field_dict["duration"] = duration
        if edit_strength is not UNSET:
            field_dict["edit_strength"] = edit_strength
        if exr_export is not UNSET:
            field_dict["exr_export"] = exr_export
        if hdr is not UNSET:
            field_dict["hdr"] = hdr
        if keyframe_indexes is not UNSET:
            field_dict["keyframe_indexes"] = keyframe_indexes
        if keyframes is not UNSET:
            field_dict["keyframes"] = keyframes
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if start_image_url is not UNSET:
            field_dict["start_image_url"] = start_image_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ray_edit_controls import RayEditControls  # noqa: PLC0415

        d = dict(src_dict)
        prompt = d.pop("prompt")

        video_url = d.pop("video_url")

        auto_controls = d.pop("auto_controls", UNSET)

        _controls = d.pop("controls", UNSET)
        controls: RayEditControls | Unset
        if isinstance(_controls, Unset):
            controls = UNSET
        else:
            controls = RayEditControls.from_dict(_controls)

        _duration = d.pop("duration", UNSET)
        duration: LumaAgentRayV32VideoToVideoInputDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_luma_agent_ray_v32_video_to_video_input_duration(_duration)

        _edit_strength = d.pop("edit_strength", UNSET)
        edit_strength: LumaAgentRayV32VideoToVideoInputEditStrength | Unset
        if isinstance(_edit_strength, Unset):
            edit_strength = UNSET
        else:
            edit_strength = check_luma_agent_ray_v32_video_to_video_input_edit_strength(
                _edit_strength
            )

        exr_export = d.pop("exr_export", UNSET)

        hdr = d.pop("hdr", UNSET)

        keyframe_indexes = cast(list[float], d.pop("keyframe_indexes", UNSET))

        keyframes = cast(list[str], d.pop("keyframes", UNSET))

        _resolution = d.pop("resolution", UNSET)
        resolution: LumaAgentRayV32VideoToVideoInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_luma_agent_ray_v32_video_to_video_input_resolution(_resolution)

        start_image_url = d.pop("start_image_url", UNSET)

        luma_agent_ray_v32_video_to_video_input = cls(
            prompt=prompt,
            video_url=video_url,
            auto_controls=auto_controls,
            controls=controls,
            duration=duration,
            edit_strength=edit_strength,
            exr_export=exr_export,
            hdr=hdr,
            keyframe_indexes=keyframe_indexes,
            keyframes=keyframes,
            resolution=resolution,
            start_image_url=start_image_url,
        )

        return luma_agent_ray_v32_video_to_video_input

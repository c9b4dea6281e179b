from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.bytedance_seedance_v1_pro_text_to_video_input_aspect_ratio import (
    BytedanceSeedanceV1ProTextToVideoInputAspectRatio,
    check_bytedance_seedance_v1_pro_text_to_video_input_aspect_ratio,
)
from ..models.bytedance_seedance_v1_pro_text_to_video_input_duration import (
    BytedanceSeedanceV1ProTextToVideoInputDuration,
    check_bytedance_seedance_v1_pro_text_to_video_input_duration,
)
from ..models.bytedance_seedance_v1_pro_text_to_video_input_resolution import (
    BytedanceSeedanceV1ProTextToVideoInputResolution,
    check_bytedance_seedance_v1_pro_text_to_video_input_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .bytedance_seedance_v1_pro_text_to_video_output import (
        BytedanceSeedanceV1ProTextToVideoOutput,  # noqa: F401
    )


T = TypeVar("T", bound="BytedanceSeedanceV1ProTextToVideoInput")


@_attrs_define
class BytedanceSeedanceV1ProTextToVideoInput(
    FalInput["BytedanceSeedanceV1ProTextToVideoOutput"],
    endpoint="fal-ai/bytedance/seedance/v1/pro/text-to-video",
):
    """Input of `fal-ai/bytedance/seedance/v1/pro/text-to-video` (text-to-video). fal publishes no constraints for it (it
    comes from fal's TypeScript types): types, enums and required fields are checked before sending, bounds and lengths
    are not.

    """

    prompt: str
    """String."""
    aspect_ratio: BytedanceSeedanceV1ProTextToVideoInputAspectRatio | Unset = UNSET
    """One of "21:9", "16:9", "4:3", "1:1", "3:4", "9:16". Server default: "16:9"."""
    camera_fixed: bool | Unset = UNSET
    """Boolean."""
    duration: BytedanceSeedanceV1ProTextToVideoInputDuration | Unset = UNSET
    """One of "2", "3", "4", "5", "6", "7", "8", "9", ... (11 values). Server default: "5"."""
    enable_safety_checker: bool | Unset = UNSET
    """Boolean. Server default: true."""
    num_frames: float | Unset = UNSET
    """Number."""
    resolution: BytedanceSeedanceV1ProTextToVideoInputResolution | Unset = UNSET
    """One of "480p", "720p", "1080p". Server default: "1080p"."""
    seed: float | Unset = UNSET
    """Number."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        camera_fixed = self.camera_fixed

        duration: str | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

        enable_safety_checker = self.enable_safety_checker

        num_frames = self.num_frames

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        seed = self.seed

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if camera_fixed is not UNSET:
            field_dict["camera_fixed"] = camera_fixed
        if duration is not UNSET:
            field_dict["duration"] = duration
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker
        if num_frames is not UNSET:
            field_dict["num_frames"] = num_frames
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if seed is not UNSET:
            field_dict["seed"] = seed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: BytedanceSeedanceV1ProTextToVideoInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_bytedance_seedance_v1_pro_text_to_video_input_aspect_ratio(
                _aspect_ratio
            )

        camera_fixed = d.pop("camera_fixed", UNSET)

        _duration = d.pop("duration", UNSET)
        duration: BytedanceSeedanceV1ProTextToVideoInputDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_bytedance_seedance_v1_pro_text_to_video_input_duration(_duration)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        num_frames = d.pop("num_frames", UNSET)

        _resolution = d.pop("resolution", UNSET)
        resolution: BytedanceSeedanceV1ProTextToVideoInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_bytedance_seedance_v1_pro_text_to_video_input_resolution(_resolution)

        seed = d.pop("seed", UNSET)

        bytedance_seedance_v1_pro_text_to_video_input = cls(
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            camera_fixed=camera_fixed,
            duration=duration,
            enable_safety_checker=enable_safety_checker,
            num_frames=num_frames,
            resolution=resolution,
            seed=seed,
        )

        return bytedance_seedance_v1_pro_text_to_video_input

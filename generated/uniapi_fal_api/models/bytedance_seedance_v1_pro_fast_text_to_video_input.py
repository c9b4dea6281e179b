from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.bytedance_seedance_v1_pro_fast_text_to_video_input_aspect_ratio import (
    BytedanceSeedanceV1ProFastTextToVideoInputAspectRatio,
    check_bytedance_seedance_v1_pro_fast_text_to_video_input_aspect_ratio,
)
from ..models.bytedance_seedance_v1_pro_fast_text_to_video_input_duration import (
    BytedanceSeedanceV1ProFastTextToVideoInputDuration,
    check_bytedance_seedance_v1_pro_fast_text_to_video_input_duration,
)
from ..models.bytedance_seedance_v1_pro_fast_text_to_video_input_resolution import (
    BytedanceSeedanceV1ProFastTextToVideoInputResolution,
    check_bytedance_seedance_v1_pro_fast_text_to_video_input_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .bytedance_seedance_v1_pro_fast_text_to_video_output import (
        BytedanceSeedanceV1ProFastTextToVideoOutput,  # noqa: F401
    )


T = TypeVar("T", bound="BytedanceSeedanceV1ProFastTextToVideoInput")


@_attrs_define
class BytedanceSeedanceV1ProFastTextToVideoInput(
    FalInput["BytedanceSeedanceV1ProFastTextToVideoOutput"],
    endpoint="fal-ai/bytedance/seedance/v1/pro/fast/text-to-video",
):
    """Input of `fal-ai/bytedance/seedance/v1/pro/fast/text-to-video` (text-to-video)."""

    prompt: str
    """Prompt: string."""
    aspect_ratio: BytedanceSeedanceV1ProFastTextToVideoInputAspectRatio | Unset = UNSET
    """Aspect Ratio: one of "21:9", "16:9", "4:3", "1:1", "3:4", "9:16". Server default: "16:9"."""
    resolution: BytedanceSeedanceV1ProFastTextToVideoInputResolution | Unset = UNSET
    """Resolution: one of "480p", "720p", "1080p". Server default: "1080p"."""
    duration: BytedanceSeedanceV1ProFastTextToVideoInputDuration | Unset = UNSET
    """Duration: one of "2", "3", "4", "5", "6", "7", "8", "9", ... (11 values). Server default:
    "5"."""
    camera_fixed: bool | Unset = UNSET
    """Camera Fixed: boolean. Server default: false."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    enable_safety_checker: bool | Unset = UNSET
    """Enable Safety Checker: boolean. Server default: true."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        duration: str | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

        camera_fixed = self.camera_fixed

        seed = self.seed

        enable_safety_checker = self.enable_safety_checker

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if duration is not UNSET:
            field_dict["duration"] = duration
        if camera_fixed is not UNSET:
            field_dict["camera_fixed"] = camera_fixed
        if seed is not UNSET:
            field_dict["seed"] = seed
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: BytedanceSeedanceV1ProFastTextToVideoInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_bytedance_seedance_v1_pro_fast_text_to_video_input_aspect_ratio(
                _aspect_ratio
            )

        _resolution = d.pop("resolution", UNSET)
        resolution: BytedanceSeedanceV1ProFastTextToVideoInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_bytedance_seedance_v1_pro_fast_text_to_video_input_resolution(
                _resolution
            )

        _duration = d.pop("duration", UNSET)
        duration: BytedanceSeedanceV1ProFastTextToVideoInputDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_bytedance_seedance_v1_pro_fast_text_to_video_input_duration(_duration)

        camera_fixed = d.pop("camera_fixed", UNSET)

        seed = d.pop("seed", UNSET)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        bytedance_seedance_v1_pro_fast_text_to_video_input = cls(
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            resolution=resolution,
            duration=duration,
            camera_fixed=camera_fixed,
            seed=seed,
            enable_safety_checker=enable_safety_checker,
        )

        return bytedance_seedance_v1_pro_fast_text_to_video_input

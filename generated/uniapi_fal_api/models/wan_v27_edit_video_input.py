from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.wan_v27_edit_video_input_aspect_ratio import (
    WanV27EditVideoInputAspectRatio,
    check_wan_v27_edit_video_input_aspect_ratio,
)
from ..models.wan_v27_edit_video_input_audio_setting import (
    WanV27EditVideoInputAudioSetting,
    check_wan_v27_edit_video_input_audio_setting,
)
from ..models.wan_v27_edit_video_input_duration import (
    WanV27EditVideoInputDuration,
    check_wan_v27_edit_video_input_duration,
)
from ..models.wan_v27_edit_video_input_resolution import (
    WanV27EditVideoInputResolution,
    check_wan_v27_edit_video_input_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .wan_v27_edit_video_output import WanV27EditVideoOutput  # noqa: F401


T = TypeVar("T", bound="WanV27EditVideoInput")


@_attrs_define
class WanV27EditVideoInput(
    FalInput["WanV27EditVideoOutput"], endpoint="fal-ai/wan/v2.7/edit-video"
):
    """Input of `fal-ai/wan/v2.7/edit-video` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript
    types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    prompt: str
    """String."""
    video_url: str
    """URL or local file."""
    aspect_ratio: WanV27EditVideoInputAspectRatio | Unset = UNSET
    """One of "16:9", "9:16", "1:1", "4:3", "3:4"."""
    audio_setting: WanV27EditVideoInputAudioSetting | Unset = UNSET
    """One of "auto", "origin". Server default: "auto"."""
    duration: WanV27EditVideoInputDuration | Unset = UNSET
    """One of 0, 2, 3, 4, 5, 6, 7, 8, ... (10 values)."""
    enable_safety_checker: bool | Unset = UNSET
    """Boolean. Server default: true."""
    reference_image_url: str | Unset = UNSET
    """URL or local file."""
    resolution: WanV27EditVideoInputResolution | Unset = UNSET
    """One of "720p", "1080p". Server default: "1080p"."""
    seed: float | Unset = UNSET
    """Number."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        video_url = self.video_url

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        audio_setting: str | Unset = UNSET
        if not isinstance(self.audio_setting, Unset):
            audio_setting = self.audio_setting

        duration: int | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

        enable_safety_checker = self.enable_safety_checker

        reference_image_url = self.reference_image_url

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        seed = self.seed

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
                "video_url": video_url,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if audio_setting is not UNSET:
            field_dict["audio_setting"] = audio_setting
        if duration is not UNSET:
            field_dict["duration"] = duration
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker
        if reference_image_url is not UNSET:
            field_dict["reference_image_url"] = reference_image_url
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if seed is not UNSET:
            field_dict["seed"] = seed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        video_url = d.pop("video_url")

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: WanV27EditVideoInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_wan_v27_edit_video_input_aspect_ratio(_aspect_ratio)

        _audio_setting = d.pop("audio_setting", UNSET)
        audio_setting: WanV27EditVideoInputAudioSetting | Unset
        if isinstance(_audio_setting, Unset):
            audio_setting = UNSET
        else:
            audio_setting = check_wan_v27_edit_video_input_audio_setting(_audio_setting)

        _duration = d.pop("duration", UNSET)
        duration: WanV27EditVideoInputDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_wan_v27_edit_video_input_duration(_duration)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        reference_image_url = d.pop("reference_image_url", UNSET)

        _resolution = d.pop("resolution", UNSET)
        resolution: WanV27EditVideoInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_wan_v27_edit_video_input_resolution(_resolution)

        seed = d.pop("seed", UNSET)

        wan_v27_edit_video_input = cls(
            prompt=prompt,
            video_url=video_url,
            aspect_ratio=aspect_ratio,
            audio_setting=audio_setting,
            duration=duration,
            enable_safety_checker=enable_safety_checker,
            reference_image_url=reference_image_url,
            resolution=resolution,
            seed=seed,
        )

        return wan_v27_edit_video_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.wan_v27_image_to_video_input_duration import (
    WanV27ImageToVideoInputDuration,
    check_wan_v27_image_to_video_input_duration,
)
from ..models.wan_v27_image_to_video_input_resolution import (
    WanV27ImageToVideoInputResolution,
    check_wan_v27_image_to_video_input_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .wan_v27_image_to_video_output import WanV27ImageToVideoOutput  # noqa: F401


T = TypeVar("T", bound="WanV27ImageToVideoInput")


@_attrs_define
class WanV27ImageToVideoInput(
    FalInput["WanV27ImageToVideoOutput"], endpoint="fal-ai/wan/v2.7/image-to-video"
):
    """Input of `fal-ai/wan/v2.7/image-to-video` (image-to-video). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    audio_url: str | Unset = UNSET
    """URL or local file."""
    duration: WanV27ImageToVideoInputDuration | Unset = UNSET
    """One of 2, 3, 4, 5, 6, 7, 8, 9, ... (14 values)."""
    enable_prompt_expansion: bool | Unset = UNSET
    """Boolean. Server default: true."""
    enable_safety_checker: bool | Unset = UNSET
    """Boolean. Server default: true."""
    end_image_url: str | Unset = UNSET
    """URL or local file."""
    image_url: str | Unset = UNSET
    """URL or local file."""
    negative_prompt: str | Unset = UNSET
    """String."""
    prompt: str | Unset = UNSET
    """String."""
    resolution: WanV27ImageToVideoInputResolution | Unset = UNSET
    """One of "720p", "1080p". Server default: "1080p"."""
    seed: float | Unset = UNSET
    """Number."""
    video_url: str | Unset = UNSET
    """URL or local file."""

    def to_dict(self) -> dict[str, Any]:
        audio_url = self.audio_url

        duration: int | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

        enable_prompt_expansion = self.enable_prompt_expansion

        enable_safety_checker = self.enable_safety_checker

        end_image_url = self.end_image_url

        image_url = self.image_url

        negative_prompt = self.negative_prompt

        prompt = self.prompt

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        seed = self.seed

        video_url = self.video_url

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if audio_url is not UNSET:
            field_dict["audio_url"] = audio_url
        if duration is not UNSET:
            field_dict["duration"] = duration
        if enable_prompt_expansion is not UNSET:
            field_dict["enable_prompt_expansion"] = enable_prompt_expansion
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker
        if end_image_url is not UNSET:
            field_dict["end_image_url"] = end_image_url
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if seed is not UNSET:
            field_dict["seed"] = seed
        if video_url is not UNSET:
            field_dict["video_url"] = video_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        audio_url = d.pop("audio_url", UNSET)

        _duration = d.pop("duration", UNSET)
        duration: WanV27ImageToVideoInputDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_wan_v27_image_to_video_input_duration(_duration)

        enable_prompt_expansion = d.pop("enable_prompt_expansion", UNSET)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        end_image_url = d.pop("end_image_url", UNSET)

        image_url = d.pop("image_url", UNSET)

        negative_prompt = d.pop("negative_prompt", UNSET)

        prompt = d.pop("prompt", UNSET)

        _resolution = d.pop("resolution", UNSET)
        resolution: WanV27ImageToVideoInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_wan_v27_image_to_video_input_resolution(_resolution)

        seed = d.pop("seed", UNSET)

        video_url = d.pop("video_url", UNSET)

        wan_v27_image_to_video_input = cls(
            audio_url=audio_url,
            duration=duration,
            enable_prompt_expansion=enable_prompt_expansion,
            enable_safety_checker=enable_safety_checker,
            end_image_url=end_image_url,
            image_url=image_url,
            negative_prompt=negative_prompt,
            prompt=prompt,
            resolution=resolution,
            seed=seed,
            video_url=video_url,
        )

        return wan_v27_image_to_video_input

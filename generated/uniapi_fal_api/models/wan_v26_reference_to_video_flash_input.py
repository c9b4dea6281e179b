from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.wan_v26_reference_to_video_flash_input_aspect_ratio import (
    WanV26ReferenceToVideoFlashInputAspectRatio,
    check_wan_v26_reference_to_video_flash_input_aspect_ratio,
)
from ..models.wan_v26_reference_to_video_flash_input_duration import (
    WanV26ReferenceToVideoFlashInputDuration,
    check_wan_v26_reference_to_video_flash_input_duration,
)
from ..models.wan_v26_reference_to_video_flash_input_resolution import (
    WanV26ReferenceToVideoFlashInputResolution,
    check_wan_v26_reference_to_video_flash_input_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .wan_v26_reference_to_video_flash_output import (
        WanV26ReferenceToVideoFlashOutput,  # noqa: F401
    )


T = TypeVar("T", bound="WanV26ReferenceToVideoFlashInput")


@_attrs_define
class WanV26ReferenceToVideoFlashInput(
    FalInput["WanV26ReferenceToVideoFlashOutput"], endpoint="wan/v2.6/reference-to-video/flash"
):
    """Input of `wan/v2.6/reference-to-video/flash` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    prompt: str
    """String."""
    aspect_ratio: WanV26ReferenceToVideoFlashInputAspectRatio | Unset = UNSET
    """One of "16:9", "9:16", "1:1", "4:3", "3:4". Server default: "16:9"."""
    duration: WanV26ReferenceToVideoFlashInputDuration | Unset = UNSET
    """One of "5", "10". Server default: "5"."""
    enable_prompt_expansion: bool | Unset = UNSET
    """Boolean. Server default: true."""
    enable_safety_checker: bool | Unset = UNSET
    """Boolean. Server default: true."""
    generate_audio: bool | Unset = UNSET
    """Boolean. Server default: true."""
    image_urls: list[str] | Unset = UNSET
    """List of string."""
    multi_shots: bool | Unset = UNSET
    """Boolean. Server default: true."""
    negative_prompt: str | Unset = UNSET
    """String. Server default: ""."""
    resolution: WanV26ReferenceToVideoFlashInputResolution | Unset = UNSET
    """One of "720p", "1080p". Server default: "1080p"."""
    seed: float | Unset = UNSET
    """Number."""
    video_urls: list[str] | Unset = UNSET
    """List of string."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        duration: str | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

        enable_prompt_expansion = self.enable_prompt_expansion

        enable_safety_checker = self.enable_safety_checker

        generate_audio = self.generate_audio

        image_urls: list[str] | Unset = UNSET
        if not isinstance(self.image_urls, Unset):
            image_urls = self.image_urls

        multi_shots = self.multi_shots

        negative_prompt = self.negative_prompt

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        seed = self.seed

        video_urls: list[str] | Unset = UNSET
        if not isinstance(self.video_urls, Unset):
            video_urls = self.video_urls

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
        if enable_prompt_expansion is not UNSET:
            field_dict["enable_prompt_expansion"] = enable_prompt_expansion
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker
        if generate_audio is not UNSET:
            field_dict["generate_audio"] = generate_audio
        if image_urls is not UNSET:
            field_dict["image_urls"] = image_urls
        if multi_shots is not UNSET:
            field_dict["multi_shots"] = multi_shots
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if seed is not UNSET:
            field_dict["seed"] = seed
        if video_urls is not UNSET:
            field_dict["video_urls"] = video_urls

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: WanV26ReferenceToVideoFlashInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_wan_v26_reference_to_video_flash_input_aspect_ratio(_aspect_ratio)

        _duration = d.pop("duration", UNSET)
        duration: WanV26ReferenceToVideoFlashInputDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_wan_v26_reference_to_video_flash_input_duration(_duration)

        enable_prompt_expansion = d.pop("enable_prompt_expansion", UNSET)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        generate_audio = d.pop("generate_audio", UNSET)

        image_urls = cast(list[str], d.pop("image_urls", UNSET))

        multi_shots = d.pop("multi_shots", UNSET)

        negative_prompt = d.pop("negative_prompt", UNSET)

        _resolution = d.pop("resolution", UNSET)
        resolution: WanV26ReferenceToVideoFlashInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_wan_v26_reference_to_video_flash_input_resolution(_resolution)

        seed = d.pop("seed", UNSET)

        video_urls = cast(list[str], d.pop("video_urls", UNSET))

        wan_v26_reference_to_video_flash_input = cls(
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            duration=duration,
            enable_prompt_expansion=enable_prompt_expansion,
            enable_safety_checker=enable_safety_checker,
            generate_audio=generate_audio,
            image_urls=image_urls,
            multi_shots=multi_shots,
            negative_prompt=negative_prompt,
            resolution=resolution,
            seed=seed,
            video_urls=video_urls,
        )

        return wan_v26_reference_to_video_flash_input

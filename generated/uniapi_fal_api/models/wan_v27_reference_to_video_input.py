from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.wan_v27_reference_to_video_input_aspect_ratio import (
    WanV27ReferenceToVideoInputAspectRatio,
    check_wan_v27_reference_to_video_input_aspect_ratio,
)
from ..models.wan_v27_reference_to_video_input_duration import (
    WanV27ReferenceToVideoInputDuration,
    check_wan_v27_reference_to_video_input_duration,
)
from ..models.wan_v27_reference_to_video_input_resolution import (
    WanV27ReferenceToVideoInputResolution,
    check_wan_v27_reference_to_video_input_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .wan_v27_reference_to_video_output import WanV27ReferenceToVideoOutput  # noqa: F401


T = TypeVar("T", bound="WanV27ReferenceToVideoInput")


@_attrs_define
class WanV27ReferenceToVideoInput(
    FalInput["WanV27ReferenceToVideoOutput"], endpoint="fal-ai/wan/v2.7/reference-to-video"
):
    """Input of `fal-ai/wan/v2.7/reference-to-video` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    prompt: str
    """String."""
    aspect_ratio: WanV27ReferenceToVideoInputAspectRatio | Unset = UNSET
    """One of "16:9", "9:16", "1:1", "4:3", "3:4". Server default: "16:9"."""
    duration: WanV27ReferenceToVideoInputDuration | Unset = UNSET
    """One of 2, 3, 4, 5, 6, 7, 8, 9, ... (9 values)."""
    enable_safety_checker: bool | Unset = UNSET
    """Boolean. Server default: true."""
    multi_shots: bool | Unset = UNSET
    """Boolean."""
    negative_prompt: str | Unset = UNSET
    """String."""
    reference_image_urls: list[str] | Unset = UNSET
    """List of string."""
    reference_video_urls: list[str] | Unset = UNSET
    """List of string."""
    resolution: WanV27ReferenceToVideoInputResolution | Unset = UNSET
    """One of "720p", "1080p". Server default: "1080p"."""
    seed: float | Unset = UNSET
    """Number."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        duration: int | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

        enable_safety_checker = self.enable_safety_checker

        multi_shots = self.multi_shots

        negative_prompt = self.negative_prompt

        reference_image_urls: list[str] | Unset = UNSET
        if not isinstance(self.reference_image_urls, Unset):
            reference_image_urls = self.reference_image_urls

        reference_video_urls: list[str] | Unset = UNSET
        if not isinstance(self.reference_video_urls, Unset):
            reference_video_urls = self.reference_video_urls

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
        if duration is not UNSET:
            field_dict["duration"] = duration
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker
        if multi_shots is not UNSET:
            field_dict["multi_shots"] = multi_shots
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if reference_image_urls is not UNSET:
            field_dict["reference_image_urls"] = reference_image_urls
        if reference_video_urls is not UNSET:
            field_dict["reference_video_urls"] = reference_video_urls
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
        aspect_ratio: WanV27ReferenceToVideoInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_wan_v27_reference_to_video_input_aspect_ratio(_aspect_ratio)

        _duration = d.pop("duration", UNSET)
        duration: WanV27ReferenceToVideoInputDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_wan_v27_reference_to_video_input_duration(_duration)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        multi_shots = d.pop("multi_shots", UNSET)

        negative_prompt = d.pop("negative_prompt", UNSET)

        reference_image_urls = cast(list[str], d.pop("reference_image_urls", UNSET))

        reference_video_urls = cast(list[str], d.pop("reference_video_urls", UNSET))

        _resolution = d.pop("resolution", UNSET)
        resolution: WanV27ReferenceToVideoInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_wan_v27_reference_to_video_input_resolution(_resolution)

        seed = d.pop("seed", UNSET)

        wan_v27_reference_to_video_input = cls(
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            duration=duration,
            enable_safety_checker=enable_safety_checker,
            multi_shots=multi_shots,
            negative_prompt=negative_prompt,
            reference_image_urls=reference_image_urls,
            reference_video_urls=reference_video_urls,
            resolution=resolution,
            seed=seed,
        )

        return wan_v27_reference_to_video_input

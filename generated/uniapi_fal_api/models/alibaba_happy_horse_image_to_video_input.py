from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.alibaba_happy_horse_image_to_video_input_duration import (
    AlibabaHappyHorseImageToVideoInputDuration,
    check_alibaba_happy_horse_image_to_video_input_duration,
)
from ..models.alibaba_happy_horse_image_to_video_input_resolution import (
    AlibabaHappyHorseImageToVideoInputResolution,
    check_alibaba_happy_horse_image_to_video_input_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .alibaba_happy_horse_image_to_video_output import (
        AlibabaHappyHorseImageToVideoOutput,  # noqa: F401
    )


T = TypeVar("T", bound="AlibabaHappyHorseImageToVideoInput")


@_attrs_define
class AlibabaHappyHorseImageToVideoInput(
    FalInput["AlibabaHappyHorseImageToVideoOutput"], endpoint="alibaba/happy-horse/image-to-video"
):
    """Input of `alibaba/happy-horse/image-to-video` (image-to-video). fal publishes no constraints for it (it comes from
    fal's TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    duration: AlibabaHappyHorseImageToVideoInputDuration | Unset = UNSET
    """One of 3, 4, 5, 6, 7, 8, 9, 10, ... (13 values)."""
    enable_safety_checker: bool | Unset = UNSET
    """Boolean. Server default: true."""
    prompt: str | Unset = UNSET
    """String."""
    resolution: AlibabaHappyHorseImageToVideoInputResolution | Unset = UNSET
    """One of "720p", "1080p". Server default: "1080p"."""
    seed: float | Unset = UNSET
    """Number."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        duration: int | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

        enable_safety_checker = self.enable_safety_checker

        prompt = self.prompt

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        seed = self.seed

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
            }
        )
        if duration is not UNSET:
            field_dict["duration"] = duration
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if seed is not UNSET:
            field_dict["seed"] = seed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        _duration = d.pop("duration", UNSET)
        duration: AlibabaHappyHorseImageToVideoInputDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_alibaba_happy_horse_image_to_video_input_duration(_duration)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        prompt = d.pop("prompt", UNSET)

        _resolution = d.pop("resolution", UNSET)
        resolution: AlibabaHappyHorseImageToVideoInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_alibaba_happy_horse_image_to_video_input_resolution(_resolution)

        seed = d.pop("seed", UNSET)

        alibaba_happy_horse_image_to_video_input = cls(
            image_url=image_url,
            duration=duration,
            enable_safety_checker=enable_safety_checker,
            prompt=prompt,
            resolution=resolution,
            seed=seed,
        )

        return alibaba_happy_horse_image_to_video_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.alibaba_happy_horse_text_to_video_input_aspect_ratio import (
    AlibabaHappyHorseTextToVideoInputAspectRatio,
    check_alibaba_happy_horse_text_to_video_input_aspect_ratio,
)
from ..models.alibaba_happy_horse_text_to_video_input_duration import (
    AlibabaHappyHorseTextToVideoInputDuration,
    check_alibaba_happy_horse_text_to_video_input_duration,
)
from ..models.alibaba_happy_horse_text_to_video_input_resolution import (
    AlibabaHappyHorseTextToVideoInputResolution,
    check_alibaba_happy_horse_text_to_video_input_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .alibaba_happy_horse_text_to_video_output import (
        AlibabaHappyHorseTextToVideoOutput,  # noqa: F401
    )


T = TypeVar("T", bound="AlibabaHappyHorseTextToVideoInput")


@_attrs_define
class AlibabaHappyHorseTextToVideoInput(
    FalInput["AlibabaHappyHorseTextToVideoOutput"], endpoint="alibaba/happy-horse/text-to-video"
):
    """Input of `alibaba/happy-horse/text-to-video` (text-to-video). fal publishes no constraints for it (it comes from
    fal's TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    prompt: str
    """String."""
    aspect_ratio: AlibabaHappyHorseTextToVideoInputAspectRatio | Unset = UNSET
    """One of "16:9", "9:16", "1:1", "4:3", "3:4". Server default: "16:9"."""
    duration: AlibabaHappyHorseTextToVideoInputDuration | Unset = UNSET
    """One of 3, 4, 5, 6, 7, 8, 9, 10, ... (13 values)."""
    enable_safety_checker: bool | Unset = UNSET
    """Boolean. Server default: true."""
    resolution: AlibabaHappyHorseTextToVideoInputResolution | Unset = UNSET
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
        aspect_ratio: AlibabaHappyHorseTextToVideoInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_alibaba_happy_horse_text_to_video_input_aspect_ratio(_aspect_ratio)

        _duration = d.pop("duration", UNSET)
        duration: AlibabaHappyHorseTextToVideoInputDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_alibaba_happy_horse_text_to_video_input_duration(_duration)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        _resolution = d.pop("resolution", UNSET)
        resolution: AlibabaHappyHorseTextToVideoInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_alibaba_happy_horse_text_to_video_input_resolution(_resolution)

        seed = d.pop("seed", UNSET)

        alibaba_happy_horse_text_to_video_input = cls(
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            duration=duration,
            enable_safety_checker=enable_safety_checker,
            resolution=resolution,
            seed=seed,
        )

        return alibaba_happy_horse_text_to_video_input

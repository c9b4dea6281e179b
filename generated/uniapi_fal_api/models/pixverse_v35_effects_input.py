from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.pixverse_v35_effects_input_duration import (
    PixverseV35EffectsInputDuration,
    check_pixverse_v35_effects_input_duration,
)
from ..models.pixverse_v35_effects_input_effect import (
    PixverseV35EffectsInputEffect,
    check_pixverse_v35_effects_input_effect,
)
from ..models.pixverse_v35_effects_input_resolution import (
    PixverseV35EffectsInputResolution,
    check_pixverse_v35_effects_input_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .pixverse_v35_effects_output import PixverseV35EffectsOutput  # noqa: F401


T = TypeVar("T", bound="PixverseV35EffectsInput")


@_attrs_define
class PixverseV35EffectsInput(
    FalInput["PixverseV35EffectsOutput"], endpoint="fal-ai/pixverse/v3.5/effects"
):
    """Input of `fal-ai/pixverse/v3.5/effects` (image-to-video)."""

    effect: PixverseV35EffectsInputEffect
    """Effect: one of "Kiss Me AI", "Kiss", "Muscle Surge", "Warmth of Jesus", "Anything, Robot",
    "The Tiger Touch", "Hug", "Holy Wings", ... (96 values)."""
    image_url: str
    """Image Url: string."""
    resolution: PixverseV35EffectsInputResolution | Unset = UNSET
    """Resolution: one of "360p", "540p", "720p", "1080p". Server default: "720p"."""
    duration: PixverseV35EffectsInputDuration | Unset = UNSET
    """Duration: one of "5", "8". Server default: "5"."""
    negative_prompt: str | Unset = UNSET
    """Negative Prompt: string. Server default: ""."""

    def to_dict(self) -> dict[str, Any]:
        effect: str = self.effect

        image_url = self.image_url

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        duration: str | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

        negative_prompt = self.negative_prompt

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "effect": effect,
                "image_url": image_url,
            }
        )
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if duration is not UNSET:
            field_dict["duration"] = duration
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        effect = check_pixverse_v35_effects_input_effect(d.pop("effect"))

        image_url = d.pop("image_url")

        _resolution = d.pop("resolution", UNSET)
        resolution: PixverseV35EffectsInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_pixverse_v35_effects_input_resolution(_resolution)

        _duration = d.pop("duration", UNSET)
        duration: PixverseV35EffectsInputDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_pixverse_v35_effects_input_duration(_duration)

        negative_prompt = d.pop("negative_prompt", UNSET)

        pixverse_v35_effects_input = cls(
            effect=effect,
            image_url=image_url,
            resolution=resolution,
            duration=duration,
            negative_prompt=negative_prompt,
        )

        return pixverse_v35_effects_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.pixverse_v5_effects_input_duration import (
    PixverseV5EffectsInputDuration,
    check_pixverse_v5_effects_input_duration,
)
from ..models.pixverse_v5_effects_input_effect import (
    PixverseV5EffectsInputEffect,
    check_pixverse_v5_effects_input_effect,
)
from ..models.pixverse_v5_effects_input_resolution import (
    PixverseV5EffectsInputResolution,
    check_pixverse_v5_effects_input_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .pixverse_v5_effects_output import PixverseV5EffectsOutput  # noqa: F401


T = TypeVar("T", bound="PixverseV5EffectsInput")


@_attrs_define
class PixverseV5EffectsInput(
    FalInput["PixverseV5EffectsOutput"], endpoint="fal-ai/pixverse/v5/effects"
):
    """Input of `fal-ai/pixverse/v5/effects` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript
    types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    effect: PixverseV5EffectsInputEffect
    """One of "Kiss Me AI", "Kiss", "Muscle Surge", "Warmth of Jesus", "Anything, Robot", "The
    Tiger Touch", "Hug", "Holy Wings", ... (134 values)."""
    image_url: str
    """URL or local file."""
    duration: PixverseV5EffectsInputDuration | Unset = UNSET
    """One of "5", "8". Server default: "5"."""
    negative_prompt: str | Unset = UNSET
    """String. Server default: ""."""
    resolution: PixverseV5EffectsInputResolution | Unset = UNSET
    """One of "360p", "540p", "720p", "1080p". Server default: "720p"."""

    def to_dict(self) -> dict[str, Any]:
        effect: str = self.effect

        image_url = self.image_url

        duration: str | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

        negative_prompt = self.negative_prompt

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "effect": effect,
                "image_url": image_url,
            }
        )
        if duration is not UNSET:
            field_dict["duration"] = duration
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if resolution is not UNSET:
            field_dict["resolution"] = resolution

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        effect = check_pixverse_v5_effects_input_effect(d.pop("effect"))

        image_url = d.pop("image_url")

        _duration = d.pop("duration", UNSET)
        duration: PixverseV5EffectsInputDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_pixverse_v5_effects_input_duration(_duration)

        negative_prompt = d.pop("negative_prompt", UNSET)

        _resolution = d.pop("resolution", UNSET)
        resolution: PixverseV5EffectsInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_pixverse_v5_effects_input_resolution(_resolution)

        pixverse_v5_effects_input = cls(
            effect=effect,
            image_url=image_url,
            duration=duration,
            negative_prompt=negative_prompt,
            resolution=resolution,
        )

        return pixverse_v5_effects_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.pixverse_v55_effects_input_duration import (
    PixverseV55EffectsInputDuration,
    check_pixverse_v55_effects_input_duration,
)
from ..models.pixverse_v55_effects_input_effect import (
    PixverseV55EffectsInputEffect,
    check_pixverse_v55_effects_input_effect,
)
from ..models.pixverse_v55_effects_input_resolution import (
    PixverseV55EffectsInputResolution,
    check_pixverse_v55_effects_input_resolution,
)
from ..models.pixverse_v55_effects_input_thinking_type import (
    PixverseV55EffectsInputThinkingType,
    check_pixverse_v55_effects_input_thinking_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .pixverse_v55_effects_output import PixverseV55EffectsOutput  # noqa: F401


T = TypeVar("T", bound="PixverseV55EffectsInput")


@_attrs_define
class PixverseV55EffectsInput(
    FalInput["PixverseV55EffectsOutput"], endpoint="fal-ai/pixverse/v5.5/effects"
):
    """Input of `fal-ai/pixverse/v5.5/effects` (image-to-video)."""

    effect: PixverseV55EffectsInputEffect
    """Effect: one of "Kiss Me AI", "Kiss", "Muscle Surge", "Warmth of Jesus", "Anything, Robot",
    "The Tiger Touch", "Hug", "Holy Wings", ... (96 values)."""
    image_url: str
    """Image Url: string."""
    resolution: PixverseV55EffectsInputResolution | Unset = UNSET
    """Resolution: one of "360p", "540p", "720p", "1080p". Server default: "720p"."""
    duration: PixverseV55EffectsInputDuration | Unset = UNSET
    """Duration: one of "5", "8", "10". Server default: "5"."""
    negative_prompt: str | Unset = UNSET
    """Negative Prompt: string. Server default: ""."""
    thinking_type: PixverseV55EffectsInputThinkingType | Unset = UNSET
    """Thinking Type: one of "enabled", "disabled", "auto"."""

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

        thinking_type: str | Unset = UNSET
        if not isinstance(self.thinking_type, Unset):
            thinking_type = self.thinking_type

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
        if thinking_type is not UNSET:
            field_dict["thinking_type"] = thinking_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        effect = check_pixverse_v55_effects_input_effect(d.pop("effect"))

        image_url = d.pop("image_url")

        _resolution = d.pop("resolution", UNSET)
        resolution: PixverseV55EffectsInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_pixverse_v55_effects_input_resolution(_resolution)

        _duration = d.pop("duration", UNSET)
        duration: PixverseV55EffectsInputDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_pixverse_v55_effects_input_duration(_duration)

        negative_prompt = d.pop("negative_prompt", UNSET)

        _thinking_type = d.pop("thinking_type", UNSET)
        thinking_type: PixverseV55EffectsInputThinkingType | Unset
        if isinstance(_thinking_type, Unset):
            thinking_type = UNSET
        else:
            thinking_type = check_pixverse_v55_effects_input_thinking_type(_thinking_type)

        pixverse_v55_effects_input = cls(
            effect=effect,
            image_url=image_url,
            resolution=resolution,
            duration=duration,
            negative_prompt=negative_prompt,
            thinking_type=thinking_type,
        )

        return pixverse_v55_effects_input

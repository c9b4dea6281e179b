from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.kling_video_v15_pro_effects_input_duration import (
    KlingVideoV15ProEffectsInputDuration,
    check_kling_video_v15_pro_effects_input_duration,
)
from ..models.kling_video_v15_pro_effects_input_effect_scene import (
    KlingVideoV15ProEffectsInputEffectScene,
    check_kling_video_v15_pro_effects_input_effect_scene,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .kling_video_v15_pro_effects_output import KlingVideoV15ProEffectsOutput  # noqa: F401


T = TypeVar("T", bound="KlingVideoV15ProEffectsInput")


@_attrs_define
class KlingVideoV15ProEffectsInput(
    FalInput["KlingVideoV15ProEffectsOutput"], endpoint="fal-ai/kling-video/v1.5/pro/effects"
):
    """Input of `fal-ai/kling-video/v1.5/pro/effects` (text-to-video)."""

    effect_scene: KlingVideoV15ProEffectsInputEffectScene
    """Effect Scene: one of "hug", "kiss", "heart_gesture", "squish", "expansion", "fuzzyfuzzy",
    "bloombloom", "dizzydizzy", ... (197 values)."""
    input_image_urls: list[str] | Unset = UNSET
    """Input Image Urls: list of string."""
    duration: KlingVideoV15ProEffectsInputDuration | Unset = UNSET
    """Duration: one of "5", "10". Server default: "5"."""

    def to_dict(self) -> dict[str, Any]:
        effect_scene: str = self.effect_scene

        input_image_urls: list[str] | Unset = UNSET
        if not isinstance(self.input_image_urls, Unset):
            input_image_urls = self.input_image_urls

        duration: str | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "effect_scene": effect_scene,
            }
        )
        if input_image_urls is not UNSET:
            field_dict["input_image_urls"] = input_image_urls
        if duration is not UNSET:
            field_dict["duration"] = duration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        effect_scene = check_kling_video_v15_pro_effects_input_effect_scene(d.pop("effect_scene"))

        input_image_urls = cast(list[str], d.pop("input_image_urls", UNSET))

        _duration = d.pop("duration", UNSET)
        duration: KlingVideoV15ProEffectsInputDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_kling_video_v15_pro_effects_input_duration(_duration)

        kling_video_v15_pro_effects_input = cls(
            effect_scene=effect_scene,
            input_image_urls=input_image_urls,
            duration=duration,
        )

        return kling_video_v15_pro_effects_input

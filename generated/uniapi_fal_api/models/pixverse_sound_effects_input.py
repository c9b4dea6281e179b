from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .pixverse_sound_effects_output import PixverseSoundEffectsOutput  # noqa: F401


T = TypeVar("T", bound="PixverseSoundEffectsInput")


@_attrs_define
class PixverseSoundEffectsInput(
    FalInput["PixverseSoundEffectsOutput"], endpoint="fal-ai/pixverse/sound-effects"
):
    """Input of `fal-ai/pixverse/sound-effects` (video-to-video)."""

    video_url: str
    """Video Url: string."""
    original_sound_switch: bool | Unset = UNSET
    """Original Sound Switch: boolean. Server default: false."""
    prompt: str | Unset = UNSET
    """Prompt: string. Server default: ""."""

    def to_dict(self) -> dict[str, Any]:
        video_url = self.video_url

        original_sound_switch = self.original_sound_switch

        prompt = self.prompt

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "video_url": video_url,
            }
        )
        if original_sound_switch is not UNSET:
            field_dict["original_sound_switch"] = original_sound_switch
        if prompt is not UNSET:
            field_dict["prompt"] = prompt

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        video_url = d.pop("video_url")

        original_sound_switch = d.pop("original_sound_switch", UNSET)

        prompt = d.pop("prompt", UNSET)

        pixverse_sound_effects_input = cls(
            video_url=video_url,
            original_sound_switch=original_sound_switch,
            prompt=prompt,
        )

        return pixverse_sound_effects_input

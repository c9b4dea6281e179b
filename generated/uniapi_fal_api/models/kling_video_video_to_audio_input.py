from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .kling_video_video_to_audio_output import KlingVideoVideoToAudioOutput  # noqa: F401


T = TypeVar("T", bound="KlingVideoVideoToAudioInput")


@_attrs_define
class KlingVideoVideoToAudioInput(
    FalInput["KlingVideoVideoToAudioOutput"], endpoint="fal-ai/kling-video/video-to-audio"
):
    """Input of `fal-ai/kling-video/video-to-audio` (video-to-audio)."""

    video_url: str
    """Video Url: string."""
    sound_effect_prompt: str | Unset = UNSET
    """Sound Effect Prompt: string, at most 200 characters. Server default: "Car tires screech as
    they accelerate in a drag race"."""
    background_music_prompt: str | Unset = UNSET
    """Background Music Prompt: string, at most 200 characters. Server default: "intense car race"."""
    asmr_mode: bool | Unset = UNSET
    """Asmr Mode: boolean. Server default: false."""

    def to_dict(self) -> dict[str, Any]:
        video_url = self.video_url

        sound_effect_prompt = self.sound_effect_prompt

        background_music_prompt = self.background_music_prompt

        asmr_mode = self.asmr_mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "video_url": video_url,
            }
        )
        if sound_effect_prompt is not UNSET:
            field_dict["sound_effect_prompt"] = sound_effect_prompt
        if background_music_prompt is not UNSET:
            field_dict["background_music_prompt"] = background_music_prompt
        if asmr_mode is not UNSET:
            field_dict["asmr_mode"] = asmr_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        video_url = d.pop("video_url")

        sound_effect_prompt = d.pop("sound_effect_prompt", UNSET)

        background_music_prompt = d.pop("background_music_prompt", UNSET)

        asmr_mode = d.pop("asmr_mode", UNSET)

        kling_video_video_to_audio_input = cls(
            video_url=video_url,
            sound_effect_prompt=sound_effect_prompt,
            background_music_prompt=background_music_prompt,
            asmr_mode=asmr_mode,
        )

        return kling_video_video_to_audio_input

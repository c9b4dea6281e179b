from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audio_setting_25 import AudioSetting25
    from .minimax_music_v26_output import MinimaxMusicV26Output  # noqa: F401


T = TypeVar("T", bound="MinimaxMusicV26Input")


@_attrs_define
class MinimaxMusicV26Input(FalInput["MinimaxMusicV26Output"], endpoint="fal-ai/minimax-music/v2.6"):
    """Input of `fal-ai/minimax-music/v2.6` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript
    types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    prompt: str
    """String."""
    audio_setting: AudioSetting25 | Unset = UNSET
    """AudioSetting25."""
    is_instrumental: bool | Unset = UNSET
    """Boolean."""
    lyrics: str | Unset = UNSET
    """String. Server default: ""."""
    lyrics_optimizer: bool | Unset = UNSET
    """Boolean."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        audio_setting: dict[str, Any] | Unset = UNSET
        if not isinstance(self.audio_setting, Unset):
            audio_setting = self.audio_setting.to_dict()

        is_instrumental = self.is_instrumental

        lyrics = self.lyrics

        lyrics_optimizer = self.lyrics_optimizer

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if audio_setting is not UNSET:
            field_dict["audio_setting"] = audio_setting
        if is_instrumental is not UNSET:
            field_dict["is_instrumental"] = is_instrumental
        if lyrics is not UNSET:
            field_dict["lyrics"] = lyrics
        if lyrics_optimizer is not UNSET:
            field_dict["lyrics_optimizer"] = lyrics_optimizer

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audio_setting_25 import AudioSetting25  # noqa: PLC0415

        d = dict(src_dict)
        prompt = d.pop("prompt")

        _audio_setting = d.pop("audio_setting", UNSET)
        audio_setting: AudioSetting25 | Unset
        if isinstance(_audio_setting, Unset):
            audio_setting = UNSET
        else:
            audio_setting = AudioSetting25.from_dict(_audio_setting)

        is_instrumental = d.pop("is_instrumental", UNSET)

        lyrics = d.pop("lyrics", UNSET)

        lyrics_optimizer = d.pop("lyrics_optimizer", UNSET)

        minimax_music_v26_input = cls(
            prompt=prompt,
            audio_setting=audio_setting,
            is_instrumental=is_instrumental,
            lyrics=lyrics,
            lyrics_optimizer=lyrics_optimizer,
        )

        return minimax_music_v26_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audio_setting_v6b2df2 import AudioSettingV6B2DF2
    from .minimax_music_v2_output import MinimaxMusicV2Output  # noqa: F401


T = TypeVar("T", bound="MinimaxMusicV2Input")


@_attrs_define
class MinimaxMusicV2Input(FalInput["MinimaxMusicV2Output"], endpoint="fal-ai/minimax-music/v2"):
    """Input of `fal-ai/minimax-music/v2` (text-to-audio)."""

    prompt: str
    """Prompt: string, 10 to 2,000 characters."""
    lyrics_prompt: str
    """Lyrics Prompt: string, 10 to 3,000 characters."""
    audio_setting: AudioSettingV6B2DF2 | Unset = UNSET
    """Audio Setting: AudioSettingV6B2DF2."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        lyrics_prompt = self.lyrics_prompt

        audio_setting: dict[str, Any] | Unset = UNSET
        if not isinstance(self.audio_setting, Unset):
            audio_setting = self.audio_setting.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
                "lyrics_prompt": lyrics_prompt,
            }
        )
        if audio_setting is not UNSET:
            field_dict["audio_setting"] = audio_setting

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audio_setting_v6b2df2 import AudioSettingV6B2DF2  # noqa: PLC0415

        d = dict(src_dict)
        prompt = d.pop("prompt")

        lyrics_prompt = d.pop("lyrics_prompt")

        _audio_setting = d.pop("audio_setting", UNSET)
        audio_setting: AudioSettingV6B2DF2 | Unset
        if isinstance(_audio_setting, Unset):
            audio_setting = UNSET
        else:
            audio_setting = AudioSettingV6B2DF2.from_dict(_audio_setting)

        minimax_music_v2_input = cls(
            prompt=prompt,
            lyrics_prompt=lyrics_prompt,
            audio_setting=audio_setting,
        )

        return minimax_music_v2_input

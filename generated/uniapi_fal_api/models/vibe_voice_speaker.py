from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vibe_voice_speaker_preset import (
    VibeVoiceSpeakerPreset,
    check_vibe_voice_speaker_preset,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="VibeVoiceSpeaker")


@_attrs_define
class VibeVoiceSpeaker:
    preset: VibeVoiceSpeakerPreset | Unset = UNSET
    """One of "Alice [EN]", "Carter [EN]", "Frank [EN]", "Mary [EN] (Background Music)", "Maya
    [EN]", "Anchen [ZH] (Background Music)", "Bowen [ZH]", "Xinran [ZH]". Server default: "Alice
    [EN]"."""
    audio_url: str | Unset = UNSET
    """String."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        preset: str | Unset = UNSET
        if not isinstance(self.preset, Unset):
            preset = self.preset

        audio_url = self.audio_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if preset is not UNSET:
            field_dict["preset"] = preset
        if audio_url is not UNSET:
            field_dict["audio_url"] = audio_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _preset = d.pop("preset", UNSET)
        preset: VibeVoiceSpeakerPreset | Unset
        if isinstance(_preset, Unset):
            preset = UNSET
        else:
            preset = check_vibe_voice_speaker_preset(_preset)

        audio_url = d.pop("audio_url", UNSET)

        vibe_voice_speaker = cls(
            preset=preset,
            audio_url=audio_url,
        )

        vibe_voice_speaker.additional_properties = d
        return vibe_voice_speaker

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

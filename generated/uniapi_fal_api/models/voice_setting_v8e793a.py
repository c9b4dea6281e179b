from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.voice_setting_v8e793a_emotion import (
    VoiceSettingV8E793AEmotion,
    check_voice_setting_v8e793a_emotion,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="VoiceSettingV8E793A")


@_attrs_define
class VoiceSettingV8E793A:
    emotion: VoiceSettingV8E793AEmotion | Unset = UNSET
    """One of "happy", "sad", "angry", "fearful", "disgusted", "surprised", "neutral"."""
    english_normalization: bool | Unset = UNSET
    """Boolean."""
    pitch: float | Unset = UNSET
    """Number."""
    speed: float | Unset = UNSET
    """Number. Server default: 1."""
    voice_id: str | Unset = UNSET
    """String. Server default: "Wise_Woman"."""
    vol: float | Unset = UNSET
    """Number. Server default: 1."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        emotion: str | Unset = UNSET
        if not isinstance(self.emotion, Unset):
            emotion = self.emotion

        english_normalization = self.english_normalization

        pitch = self.pitch

        speed = self.speed

        voice_id = self.voice_id

        vol = self.vol

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if emotion is not UNSET:
            field_dict["emotion"] = emotion
        if english_normalization is not UNSET:
            field_dict["english_normalization"] = english_normalization
        if pitch is not UNSET:
            field_dict["pitch"] = pitch
        if speed is not UNSET:
            field_dict["speed"] = speed
        if voice_id is not UNSET:
            field_dict["voice_id"] = voice_id
        if vol is not UNSET:
            field_dict["vol"] = vol

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _emotion = d.pop("emotion", UNSET)
        emotion: VoiceSettingV8E793AEmotion | Unset
        if isinstance(_emotion, Unset):
            emotion = UNSET
        else:
            emotion = check_voice_setting_v8e793a_emotion(_emotion)

        english_normalization = d.pop("english_normalization", UNSET)

        pitch = d.pop("pitch", UNSET)

        speed = d.pop("speed", UNSET)

        voice_id = d.pop("voice_id", UNSET)

        vol = d.pop("vol", UNSET)

        voice_setting_v8e793a = cls(
            emotion=emotion,
            english_normalization=english_normalization,
            pitch=pitch,
            speed=speed,
            voice_id=voice_id,
            vol=vol,
        )

        voice_setting_v8e793a.additional_properties = d
        return voice_setting_v8e793a

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

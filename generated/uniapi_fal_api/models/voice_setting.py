from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.voice_setting_emotion import (
    VoiceSettingEmotion,
    check_voice_setting_emotion,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="VoiceSetting")


@_attrs_define
class VoiceSetting:
    voice_id: str | Unset = UNSET
    """String. Server default: "Wise_Woman"."""
    speed: float | Unset = UNSET
    """Number, 0.5 to 2. Server default: 1."""
    vol: float | Unset = UNSET
    """Number, 0.01 to 10. Server default: 1."""
    pitch: int | Unset = UNSET
    """Integer, -12 to 12. Server default: 0."""
    emotion: VoiceSettingEmotion | Unset = UNSET
    """One of "happy", "sad", "angry", "fearful", "disgusted", "surprised", "neutral"."""
    english_normalization: bool | Unset = UNSET
    """Boolean. Server default: false."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        voice_id = self.voice_id

        speed = self.speed

        vol = self.vol

        pitch = self.pitch

        emotion: str | Unset = UNSET
        if not isinstance(self.emotion, Unset):
            emotion = self.emotion

        english_normalization = self.english_normalization

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if voice_id is not UNSET:
            field_dict["voice_id"] = voice_id
        if speed is not UNSET:
            field_dict["speed"] = speed
        if vol is not UNSET:
            field_dict["vol"] = vol
        if pitch is not UNSET:
            field_dict["pitch"] = pitch
        if emotion is not UNSET:
            field_dict["emotion"] = emotion
        if english_normalization is not UNSET:
            field_dict["english_normalization"] = english_normalization

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        voice_id = d.pop("voice_id", UNSET)

        speed = d.pop("speed", UNSET)

        vol = d.pop("vol", UNSET)

        pitch = d.pop("pitch", UNSET)

        _emotion = d.pop("emotion", UNSET)
        emotion: VoiceSettingEmotion | Unset
        if isinstance(_emotion, Unset):
            emotion = UNSET
        else:
            emotion = check_voice_setting_emotion(_emotion)

        english_normalization = d.pop("english_normalization", UNSET)

        voice_setting = cls(
            voice_id=voice_id,
            speed=speed,
            vol=vol,
            pitch=pitch,
            emotion=emotion,
            english_normalization=english_normalization,
        )

        voice_setting.additional_properties = d
        return voice_setting

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TextVoice")


@_attrs_define
class TextVoice:
    prompt: str | Unset = UNSET
    """String."""
    speed: float | Unset = UNSET
    """Number. Server default: 1."""
    voice: str | Unset = UNSET
    """String."""
    voice_id: str | Unset = UNSET
    """String."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        speed = self.speed

        voice = self.voice

        voice_id = self.voice_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if speed is not UNSET:
            field_dict["speed"] = speed
        if voice is not UNSET:
            field_dict["voice"] = voice
        if voice_id is not UNSET:
            field_dict["voice_id"] = voice_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt", UNSET)

        speed = d.pop("speed", UNSET)

        voice = d.pop("voice", UNSET)

        voice_id = d.pop("voice_id", UNSET)

        text_voice = cls(
            prompt=prompt,
            speed=speed,
            voice=voice,
            voice_id=voice_id,
        )

        text_voice.additional_properties = d
        return text_voice

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.speaker_config_voice import SpeakerConfigVoice, check_speaker_config_voice

T = TypeVar("T", bound="SpeakerConfig")


@_attrs_define
class SpeakerConfig:
    speaker_id: str
    """String."""
    voice: SpeakerConfigVoice
    """One of "Achernar", "Achird", "Algenib", "Algieba", "Alnilam", "Aoede", "Autonoe",
    "Callirrhoe", ... (30 values)."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        speaker_id = self.speaker_id

        voice: str = self.voice

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "speaker_id": speaker_id,
                "voice": voice,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        speaker_id = d.pop("speaker_id")

        voice = check_speaker_config_voice(d.pop("voice"))

        speaker_config = cls(
            speaker_id=speaker_id,
            voice=voice,
        )

        speaker_config.additional_properties = d
        return speaker_config

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VoiceModify")


@_attrs_define
class VoiceModify:
    intensity: float | Unset = UNSET
    """Number."""
    pitch: float | Unset = UNSET
    """Number."""
    timbre: float | Unset = UNSET
    """Number."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        intensity = self.intensity

        pitch = self.pitch

        timbre = self.timbre

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if intensity is not UNSET:
            field_dict["intensity"] = intensity
        if pitch is not UNSET:
            field_dict["pitch"] = pitch
        if timbre is not UNSET:
            field_dict["timbre"] = timbre

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        intensity = d.pop("intensity", UNSET)

        pitch = d.pop("pitch", UNSET)

        timbre = d.pop("timbre", UNSET)

        voice_modify = cls(
            intensity=intensity,
            pitch=pitch,
            timbre=timbre,
        )

        voice_modify.additional_properties = d
        return voice_modify

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LoudnessNormalizationSettingV87AE2A")


@_attrs_define
class LoudnessNormalizationSettingV87AE2A:
    enabled: bool | Unset = UNSET
    """Boolean. Server default: true."""
    target_loudness: float | Unset = UNSET
    """Number. Server default: -18."""
    target_peak: float | Unset = UNSET
    """Number. Server default: -0.5."""
    target_range: float | Unset = UNSET
    """Number. Server default: 8."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        target_loudness = self.target_loudness

        target_peak = self.target_peak

        target_range = self.target_range

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if target_loudness is not UNSET:
            field_dict["target_loudness"] = target_loudness
        if target_peak is not UNSET:
            field_dict["target_peak"] = target_peak
        if target_range is not UNSET:
            field_dict["target_range"] = target_range

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enabled = d.pop("enabled", UNSET)

        target_loudness = d.pop("target_loudness", UNSET)

        target_peak = d.pop("target_peak", UNSET)

        target_range = d.pop("target_range", UNSET)

        loudness_normalization_setting_v87ae2a = cls(
            enabled=enabled,
            target_loudness=target_loudness,
            target_peak=target_peak,
            target_range=target_range,
        )

        loudness_normalization_setting_v87ae2a.additional_properties = d
        return loudness_normalization_setting_v87ae2a

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LoudnessNormalizationSetting")


@_attrs_define
class LoudnessNormalizationSetting:
    enabled: bool | Unset = UNSET
    """Boolean. Server default: true."""
    target_loudness: float | Unset = UNSET
    """Number, -70 to -10. Server default: -18."""
    target_range: float | Unset = UNSET
    """Number, 0 to 20. Server default: 8."""
    target_peak: float | Unset = UNSET
    """Number, -3 to 0. Server default: -0.5."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        target_loudness = self.target_loudness

        target_range = self.target_range

        target_peak = self.target_peak

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if target_loudness is not UNSET:
            field_dict["target_loudness"] = target_loudness
        if target_range is not UNSET:
            field_dict["target_range"] = target_range
        if target_peak is not UNSET:
            field_dict["target_peak"] = target_peak

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enabled = d.pop("enabled", UNSET)

        target_loudness = d.pop("target_loudness", UNSET)

        target_range = d.pop("target_range", UNSET)

        target_peak = d.pop("target_peak", UNSET)

        loudness_normalization_setting = cls(
            enabled=enabled,
            target_loudness=target_loudness,
            target_range=target_range,
            target_peak=target_peak,
        )

        loudness_normalization_setting.additional_properties = d
        return loudness_normalization_setting

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

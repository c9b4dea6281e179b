from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LightingVBF4947")


@_attrs_define
class LightingVBF4947:
    conditions: str | Unset = UNSET
    """String."""
    direction: str | Unset = UNSET
    """String."""
    shadows: str | Unset = UNSET
    """String."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        conditions = self.conditions

        direction = self.direction

        shadows = self.shadows

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if conditions is not UNSET:
            field_dict["conditions"] = conditions
        if direction is not UNSET:
            field_dict["direction"] = direction
        if shadows is not UNSET:
            field_dict["shadows"] = shadows

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        conditions = d.pop("conditions", UNSET)

        direction = d.pop("direction", UNSET)

        shadows = d.pop("shadows", UNSET)

        lighting_vbf4947 = cls(
            conditions=conditions,
            direction=direction,
            shadows=shadows,
        )

        lighting_vbf4947.additional_properties = d
        return lighting_vbf4947

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

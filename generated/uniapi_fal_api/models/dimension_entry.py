from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dimension_entry_name import DimensionEntryName, check_dimension_entry_name
from ..models.dimension_entry_position import (
    DimensionEntryPosition,
    check_dimension_entry_position,
)
from ..models.dimension_entry_unit import DimensionEntryUnit, check_dimension_entry_unit
from ..types import UNSET, Unset

T = TypeVar("T", bound="DimensionEntry")


@_attrs_define
class DimensionEntry:
    name: DimensionEntryName
    """One of "height", "width_bottom", "width_top"."""
    unit: DimensionEntryUnit
    """One of "mm", "cm", "m", "in", "\\"", "ft", "'"."""
    value: float
    """Number."""
    position: DimensionEntryPosition | Unset = UNSET
    """One of "top", "bottom", "left", "right"."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: str = self.name

        unit: str = self.unit

        value = self.value

        position: str | Unset = UNSET
        if not isinstance(self.position, Unset):
            position = self.position

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "unit": unit,
                "value": value,
            }
        )
        if position is not UNSET:
            field_dict["position"] = position

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = check_dimension_entry_name(d.pop("name"))

        unit = check_dimension_entry_unit(d.pop("unit"))

        value = d.pop("value")

        _position = d.pop("position", UNSET)
        position: DimensionEntryPosition | Unset
        if isinstance(_position, Unset):
            position = UNSET
        else:
            position = check_dimension_entry_position(_position)

        dimension_entry = cls(
            name=name,
            unit=unit,
            value=value,
            position=position,
        )

        dimension_entry.additional_properties = d
        return dimension_entry

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

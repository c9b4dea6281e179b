from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RegionV490508")


@_attrs_define
class RegionV490508:
    x1: float
    """Number."""
    x2: float
    """Number."""
    y1: float
    """Number."""
    y2: float
    """Number."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        x1 = self.x1

        x2 = self.x2

        y1 = self.y1

        y2 = self.y2

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "x1": x1,
                "x2": x2,
                "y1": y1,
                "y2": y2,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        x1 = d.pop("x1")

        x2 = d.pop("x2")

        y1 = d.pop("y1")

        y2 = d.pop("y2")

        region_v490508 = cls(
            x1=x1,
            x2=x2,
            y1=y1,
            y2=y2,
        )

        region_v490508.additional_properties = d
        return region_v490508

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

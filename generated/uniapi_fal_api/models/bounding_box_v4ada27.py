from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BoundingBoxV4ADA27")


@_attrs_define
class BoundingBoxV4ADA27:
    h: float
    """Number."""
    label: str
    """String."""
    w: float
    """Number."""
    x: float
    """Number."""
    y: float
    """Number."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        h = self.h

        label = self.label

        w = self.w

        x = self.x

        y = self.y

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "h": h,
                "label": label,
                "w": w,
                "x": x,
                "y": y,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        h = d.pop("h")

        label = d.pop("label")

        w = d.pop("w")

        x = d.pop("x")

        y = d.pop("y")

        bounding_box_v4ada27 = cls(
            h=h,
            label=label,
            w=w,
            x=x,
            y=y,
        )

        bounding_box_v4ada27.additional_properties = d
        return bounding_box_v4ada27

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RGBColor")


@_attrs_define
class RGBColor:
    r: int | Unset = UNSET
    """Integer, 0 to 255. Server default: 0."""
    g: int | Unset = UNSET
    """Integer, 0 to 255. Server default: 0."""
    b: int | Unset = UNSET
    """Integer, 0 to 255. Server default: 0."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        r = self.r

        g = self.g

        b = self.b

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if r is not UNSET:
            field_dict["r"] = r
        if g is not UNSET:
            field_dict["g"] = g
        if b is not UNSET:
            field_dict["b"] = b

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        r = d.pop("r", UNSET)

        g = d.pop("g", UNSET)

        b = d.pop("b", UNSET)

        rgb_color = cls(
            r=r,
            g=g,
            b=b,
        )

        rgb_color.additional_properties = d
        return rgb_color

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

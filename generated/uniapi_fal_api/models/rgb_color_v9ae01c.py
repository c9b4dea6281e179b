from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RGBColorV9AE01C")


@_attrs_define
class RGBColorV9AE01C:
    b: float | Unset = UNSET
    """Number."""
    g: float | Unset = UNSET
    """Number."""
    r: float | Unset = UNSET
    """Number."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        b = self.b

        g = self.g

        r = self.r

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if b is not UNSET:
            field_dict["b"] = b
        if g is not UNSET:
            field_dict["g"] = g
        if r is not UNSET:
            field_dict["r"] = r

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        b = d.pop("b", UNSET)

        g = d.pop("g", UNSET)

        r = d.pop("r", UNSET)

        rgb_color_v9ae01c = cls(
            b=b,
            g=g,
            r=r,
        )

        rgb_color_v9ae01c.additional_properties = d
        return rgb_color_v9ae01c

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

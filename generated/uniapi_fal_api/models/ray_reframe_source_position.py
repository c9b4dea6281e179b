from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RayReframeSourcePosition")


@_attrs_define
class RayReframeSourcePosition:
    h_norm: float
    """Number."""
    w_norm: float
    """Number."""
    x_norm: float
    """Number."""
    y_norm: float
    """Number."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        h_norm = self.h_norm

        w_norm = self.w_norm

        x_norm = self.x_norm

        y_norm = self.y_norm

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "h_norm": h_norm,
                "w_norm": w_norm,
                "x_norm": x_norm,
                "y_norm": y_norm,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        h_norm = d.pop("h_norm")

        w_norm = d.pop("w_norm")

        x_norm = d.pop("x_norm")

        y_norm = d.pop("y_norm")

        ray_reframe_source_position = cls(
            h_norm=h_norm,
            w_norm=w_norm,
            x_norm=x_norm,
            y_norm=y_norm,
        )

        ray_reframe_source_position.additional_properties = d
        return ray_reframe_source_position

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

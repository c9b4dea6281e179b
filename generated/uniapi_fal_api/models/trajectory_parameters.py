from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TrajectoryParameters")


@_attrs_define
class TrajectoryParameters:
    theta: list[float]
    """List of number."""
    phi: list[float]
    """List of number."""
    radius: list[float]
    """List of number."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        theta = self.theta

        phi = self.phi

        radius = self.radius

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "theta": theta,
                "phi": phi,
                "radius": radius,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        theta = cast(list[float], d.pop("theta"))

        phi = cast(list[float], d.pop("phi"))

        radius = cast(list[float], d.pop("radius"))

        trajectory_parameters = cls(
            theta=theta,
            phi=phi,
            radius=radius,
        )

        trajectory_parameters.additional_properties = d
        return trajectory_parameters

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

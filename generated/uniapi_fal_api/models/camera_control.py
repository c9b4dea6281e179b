from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.camera_control_movement_type import (
    CameraControlMovementType,
    check_camera_control_movement_type,
)

T = TypeVar("T", bound="CameraControl")


@_attrs_define
class CameraControl:
    movement_type: CameraControlMovementType
    """One of "horizontal", "vertical", "pan", "tilt", "roll", "zoom"."""
    movement_value: int
    """Integer, -10 to 10."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        movement_type: str = self.movement_type

        movement_value = self.movement_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "movement_type": movement_type,
                "movement_value": movement_value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        movement_type = check_camera_control_movement_type(d.pop("movement_type"))

        movement_value = d.pop("movement_value")

        camera_control = cls(
            movement_type=movement_type,
            movement_value=movement_value,
        )

        camera_control.additional_properties = d
        return camera_control

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ray_edit_pose_control_strength import (
    RayEditPoseControlStrength,
    check_ray_edit_pose_control_strength,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RayEditPoseControl")


@_attrs_define
class RayEditPoseControl:
    enabled: bool | Unset = UNSET
    """Boolean. Server default: true."""
    strength: RayEditPoseControlStrength | Unset = UNSET
    """One of "precise", "coarse"."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        strength: str | Unset = UNSET
        if not isinstance(self.strength, Unset):
            strength = self.strength

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if strength is not UNSET:
            field_dict["strength"] = strength

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enabled = d.pop("enabled", UNSET)

        _strength = d.pop("strength", UNSET)
        strength: RayEditPoseControlStrength | Unset
        if isinstance(_strength, Unset):
            strength = UNSET
        else:
            strength = check_ray_edit_pose_control_strength(_strength)

        ray_edit_pose_control = cls(
            enabled=enabled,
            strength=strength,
        )

        ray_edit_pose_control.additional_properties = d
        return ray_edit_pose_control

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

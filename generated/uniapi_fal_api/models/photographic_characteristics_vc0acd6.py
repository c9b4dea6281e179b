from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PhotographicCharacteristicsVC0ACD6")


@_attrs_define
class PhotographicCharacteristicsVC0ACD6:
    camera_angle: str | Unset = UNSET
    """String."""
    depth_of_field: str | Unset = UNSET
    """String."""
    focus: str | Unset = UNSET
    """String."""
    lens_focal_length: str | Unset = UNSET
    """String."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        camera_angle = self.camera_angle

        depth_of_field = self.depth_of_field

        focus = self.focus

        lens_focal_length = self.lens_focal_length

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if camera_angle is not UNSET:
            field_dict["camera_angle"] = camera_angle
        if depth_of_field is not UNSET:
            field_dict["depth_of_field"] = depth_of_field
        if focus is not UNSET:
            field_dict["focus"] = focus
        if lens_focal_length is not UNSET:
            field_dict["lens_focal_length"] = lens_focal_length

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        camera_angle = d.pop("camera_angle", UNSET)

        depth_of_field = d.pop("depth_of_field", UNSET)

        focus = d.pop("focus", UNSET)

        lens_focal_length = d.pop("lens_focal_length", UNSET)

        photographic_characteristics_vc0acd6 = cls(
            camera_angle=camera_angle,
            depth_of_field=depth_of_field,
            focus=focus,
            lens_focal_length=lens_focal_length,
        )

        photographic_characteristics_vc0acd6.additional_properties = d
        return photographic_characteristics_vc0acd6

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

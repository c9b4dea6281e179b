from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PhotographicCharacteristics")


@_attrs_define
class PhotographicCharacteristics:
    depth_of_field: None | str | Unset = UNSET
    """String or None."""
    focus: None | str | Unset = UNSET
    """String or None."""
    camera_angle: None | str | Unset = UNSET
    """String or None."""
    lens_focal_length: None | str | Unset = UNSET
    """String or None."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        depth_of_field: None | str | Unset
        if isinstance(self.depth_of_field, Unset):
            depth_of_field = UNSET
        else:
            depth_of_field = self.depth_of_field

        focus: None | str | Unset
        if isinstance(self.focus, Unset):
            focus = UNSET
        else:
            focus = self.focus

        camera_angle: None | str | Unset
        if isinstance(self.camera_angle, Unset):
            camera_angle = UNSET
        else:
            camera_angle = self.camera_angle

        lens_focal_length: None | str | Unset
        if isinstance(self.lens_focal_length, Unset):
            lens_focal_length = UNSET
        else:
            lens_focal_length = self.lens_focal_length

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if depth_of_field is not UNSET:
            field_dict["depth_of_field"] = depth_of_field
        if focus is not UNSET:
            field_dict["focus"] = focus
        if camera_angle is not UNSET:
            field_dict["camera_angle"] = camera_angle
        if lens_focal_length is not UNSET:
            field_dict["lens_focal_length"] = lens_focal_length

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_depth_of_field(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        depth_of_field = _parse_depth_of_field(d.pop("depth_of_field", UNSET))

        def _parse_focus(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        focus = _parse_focus(d.pop("focus", UNSET))

        def _parse_camera_angle(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        camera_angle = _parse_camera_angle(d.pop("camera_angle", UNSET))

        def _parse_lens_focal_length(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        lens_focal_length = _parse_lens_focal_length(d.pop("lens_focal_length", UNSET))

        photographic_characteristics = cls(
            depth_of_field=depth_of_field,
            focus=focus,
            camera_angle=camera_angle,
            lens_focal_length=lens_focal_length,
        )

        photographic_characteristics.additional_properties = d
        return photographic_characteristics

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

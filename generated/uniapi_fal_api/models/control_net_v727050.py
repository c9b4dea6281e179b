from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ControlNetV727050")


@_attrs_define
class ControlNetV727050:
    path: str
    """String."""
    control_image_url: str
    """String."""
    conditioning_scale: float | Unset = UNSET
    """Number, 0 to 2. Server default: 1."""
    start_percentage: float | Unset = UNSET
    """Number, 0 to 1. Server default: 0."""
    end_percentage: float | Unset = UNSET
    """Number, 0 to 1. Server default: 1."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        path = self.path

        control_image_url = self.control_image_url

        conditioning_scale = self.conditioning_scale

        start_percentage = self.start_percentage

        end_percentage = self.end_percentage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "path": path,
                "control_image_url": control_image_url,
            }
        )
        if conditioning_scale is not UNSET:
            field_dict["conditioning_scale"] = conditioning_scale
        if start_percentage is not UNSET:
            field_dict["start_percentage"] = start_percentage
        if end_percentage is not UNSET:
            field_dict["end_percentage"] = end_percentage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        path = d.pop("path")

        control_image_url = d.pop("control_image_url")

        conditioning_scale = d.pop("conditioning_scale", UNSET)

        start_percentage = d.pop("start_percentage", UNSET)

        end_percentage = d.pop("end_percentage", UNSET)

        control_net_v727050 = cls(
            path=path,
            control_image_url=control_image_url,
            conditioning_scale=conditioning_scale,
            start_percentage=start_percentage,
            end_percentage=end_percentage,
        )

        control_net_v727050.additional_properties = d
        return control_net_v727050

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.control_net_union_input_control_mode import (
    ControlNetUnionInputControlMode,
    check_control_net_union_input_control_mode,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ControlNetUnionInput")


@_attrs_define
class ControlNetUnionInput:
    control_image_url: str
    """String."""
    control_mode: ControlNetUnionInputControlMode
    """One of "canny", "tile", "depth", "blur", "pose", "gray", "low-quality"."""
    mask_image_url: None | str | Unset = UNSET
    """String or None."""
    conditioning_scale: float | Unset = UNSET
    """Number, 0 to 2. Server default: 1."""
    mask_threshold: float | Unset = UNSET
    """Number, 0.01 to 0.99. Server default: 0.5."""
    start_percentage: float | Unset = UNSET
    """Number, 0 to 1. Server default: 0."""
    end_percentage: float | Unset = UNSET
    """Number, 0 to 1. Server default: 1."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        control_image_url = self.control_image_url

        control_mode: str = self.control_mode

        mask_image_url: None | str | Unset
        if isinstance(self.mask_image_url, Unset):
            mask_image_url = UNSET
        else:
            mask_image_url = self.mask_image_url

        conditioning_scale = self.conditioning_scale

        mask_threshold = self.mask_threshold

        start_percentage = self.start_percentage

        end_percentage = self.end_percentage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "control_image_url": control_image_url,
                "control_mode": control_mode,
            }
        )
        if mask_image_url is not UNSET:
            field_dict["mask_image_url"] = mask_image_url
        if conditioning_scale is not UNSET:
            field_dict["conditioning_scale"] = conditioning_scale
        if mask_threshold is not UNSET:
            field_dict["mask_threshold"] = mask_threshold
        if start_percentage is not UNSET:
            field_dict["start_percentage"] = start_percentage
        if end_percentage is not UNSET:
            field_dict["end_percentage"] = end_percentage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        control_image_url = d.pop("control_image_url")

        control_mode = check_control_net_union_input_control_mode(d.pop("control_mode"))

        def _parse_mask_image_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mask_image_url = _parse_mask_image_url(d.pop("mask_image_url", UNSET))

        conditioning_scale = d.pop("conditioning_scale", UNSET)

        mask_threshold = d.pop("mask_threshold", UNSET)

        start_percentage = d.pop("start_percentage", UNSET)

        end_percentage = d.pop("end_percentage", UNSET)

        control_net_union_input = cls(
            control_image_url=control_image_url,
            control_mode=control_mode,
            mask_image_url=mask_image_url,
            conditioning_scale=conditioning_scale,
            mask_threshold=mask_threshold,
            start_percentage=start_percentage,
            end_percentage=end_percentage,
        )

        control_net_union_input.additional_properties = d
        return control_net_union_input

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.control_net_union_input_v7b6bc4_control_mode import (
    ControlNetUnionInputV7B6BC4ControlMode,
    check_control_net_union_input_v7b6bc4_control_mode,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ControlNetUnionInputV7B6BC4")


@_attrs_define
class ControlNetUnionInputV7B6BC4:
    control_image_url: str
    """URL or local file."""
    control_mode: ControlNetUnionInputV7B6BC4ControlMode
    """One of "canny", "tile", "depth", "blur", "pose", "gray", "low-quality"."""
    conditioning_scale: float | Unset = UNSET
    """Number. Server default: 1."""
    end_percentage: float | Unset = UNSET
    """Number. Server default: 1."""
    mask_image_url: str | Unset = UNSET
    """URL or local file."""
    mask_threshold: float | Unset = UNSET
    """Number. Server default: 0.5."""
    start_percentage: float | Unset = UNSET
    """Number."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        control_image_url = self.control_image_url

        control_mode: str = self.control_mode

        conditioning_scale = self.conditioning_scale

        end_percentage = self.end_percentage

        mask_image_url = self.mask_image_url

        mask_threshold = self.mask_threshold

        start_percentage = self.start_percentage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "control_image_url": control_image_url,
                "control_mode": control_mode,
            }
        )
        if conditioning_scale is not UNSET:
            field_dict["conditioning_scale"] = conditioning_scale
        if end_percentage is not UNSET:
            field_dict["end_percentage"] = end_percentage
        if mask_image_url is not UNSET:
            field_dict["mask_image_url"] = mask_image_url
        if mask_threshold is not UNSET:
            field_dict["mask_threshold"] = mask_threshold
        if start_percentage is not UNSET:
            field_dict["start_percentage"] = start_percentage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        control_image_url = d.pop("control_image_url")

        control_mode = check_control_net_union_input_v7b6bc4_control_mode(d.pop("control_mode"))

        conditioning_scale = d.pop("conditioning_scale", UNSET)

        end_percentage = d.pop("end_percentage", UNSET)

        mask_image_url = d.pop("mask_image_url", UNSET)

        mask_threshold = d.pop("mask_threshold", UNSET)

        start_percentage = d.pop("start_percentage", UNSET)

        control_net_union_input_v7b6bc4 = cls(
            control_image_url=control_image_url,
            control_mode=control_mode,
            conditioning_scale=conditioning_scale,
            end_percentage=end_percentage,
            mask_image_url=mask_image_url,
            mask_threshold=mask_threshold,
            start_percentage=start_percentage,
        )

        control_net_union_input_v7b6bc4.additional_properties = d
        return control_net_union_input_v7b6bc4

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

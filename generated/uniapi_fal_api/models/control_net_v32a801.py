from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ControlNetV32A801")


@_attrs_define
class ControlNetV32A801:
    path: str
    """String."""
    image_url: str
    """String."""
    config_url: str | Unset = UNSET
    """String."""
    variant: str | Unset = UNSET
    """String."""
    mask_url: str | Unset = UNSET
    """String."""
    conditioning_scale: float | Unset = UNSET
    """Number, 0 to 2. Server default: 1."""
    start_percentage: float | Unset = UNSET
    """Number, 0 to 1. Server default: 0."""
    end_percentage: float | Unset = UNSET
    """Number, 0 to 1. Server default: 1."""
    ip_adapter_index: int | Unset = UNSET
    """Integer."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        path = self.path

        image_url = self.image_url

        config_url = self.config_url

        variant = self.variant

        mask_url = self.mask_url

        conditioning_scale = self.conditioning_scale

        start_percentage = self.start_percentage

        end_percentage = self.end_percentage

        ip_adapter_index = self.ip_adapter_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "path": path,
                "image_url": image_url,
            }
        )
        if config_url is not UNSET:
            field_dict["config_url"] = config_url
        if variant is not UNSET:
            field_dict["variant"] = variant
        if mask_url is not UNSET:
            field_dict["mask_url"] = mask_url
        if conditioning_scale is not UNSET:
            field_dict["conditioning_scale"] = conditioning_scale
        if start_percentage is not UNSET:
            field_dict["start_percentage"] = start_percentage
        if end_percentage is not UNSET:
            field_dict["end_percentage"] = end_percentage
        if ip_adapter_index is not UNSET:
            field_dict["ip_adapter_index"] = ip_adapter_index

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        path = d.pop("path")

        image_url = d.pop("image_url")

        config_url = d.pop("config_url", UNSET)

        variant = d.pop("variant", UNSET)

        mask_url = d.pop("mask_url", UNSET)

        conditioning_scale = d.pop("conditioning_scale", UNSET)

        start_percentage = d.pop("start_percentage", UNSET)

        end_percentage = d.pop("end_percentage", UNSET)

        ip_adapter_index = d.pop("ip_adapter_index", UNSET)

        control_net_v32a801 = cls(
            path=path,
            image_url=image_url,
            config_url=config_url,
            variant=variant,
            mask_url=mask_url,
            conditioning_scale=conditioning_scale,
            start_percentage=start_percentage,
            end_percentage=end_percentage,
            ip_adapter_index=ip_adapter_index,
        )

        control_net_v32a801.additional_properties = d
        return control_net_v32a801

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LoraWeightV8AF06B")


@_attrs_define
class LoraWeightV8AF06B:
    path: str
    """String."""
    weight_name: str | Unset = UNSET
    """String."""
    scale: float | Unset = UNSET
    """Number, 0 to 4. Server default: 1."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        path = self.path

        weight_name = self.weight_name

        scale = self.scale

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "path": path,
            }
        )
        if weight_name is not UNSET:
            field_dict["weight_name"] = weight_name
        if scale is not UNSET:
            field_dict["scale"] = scale

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        path = d.pop("path")

        weight_name = d.pop("weight_name", UNSET)

        scale = d.pop("scale", UNSET)

        lora_weight_v8af06b = cls(
            path=path,
            weight_name=weight_name,
            scale=scale,
        )

        lora_weight_v8af06b.additional_properties = d
        return lora_weight_v8af06b

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.lo_ra_weight_vd3be9c_target import (
    LoRAWeightVD3BE9CTarget,
    check_lo_ra_weight_vd3be9c_target,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="LoRAWeightVD3BE9C")


@_attrs_define
class LoRAWeightVD3BE9C:
    path: str
    """String."""
    scale: float | Unset = UNSET
    """Number. Server default: 1."""
    target: LoRAWeightVD3BE9CTarget | Unset = UNSET
    """One of "dit", "conditioner", "both". Server default: "dit"."""
    weight_name: str | Unset = UNSET
    """String."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        path = self.path

        scale = self.scale

        target: str | Unset = UNSET
        if not isinstance(self.target, Unset):
            target = self.target

        weight_name = self.weight_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "path": path,
            }
        )
        if scale is not UNSET:
            field_dict["scale"] = scale
        if target is not UNSET:
            field_dict["target"] = target
        if weight_name is not UNSET:
            field_dict["weight_name"] = weight_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        path = d.pop("path")

        scale = d.pop("scale", UNSET)

        _target = d.pop("target", UNSET)
        target: LoRAWeightVD3BE9CTarget | Unset
        if isinstance(_target, Unset):
            target = UNSET
        else:
            target = check_lo_ra_weight_vd3be9c_target(_target)

        weight_name = d.pop("weight_name", UNSET)

        lo_ra_weight_vd3be9c = cls(
            path=path,
            scale=scale,
            target=target,
            weight_name=weight_name,
        )

        lo_ra_weight_vd3be9c.additional_properties = d
        return lo_ra_weight_vd3be9c

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

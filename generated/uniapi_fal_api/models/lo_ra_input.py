from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LoRAInput")


@_attrs_define
class LoRAInput:
    """A LoRA to apply, by URL or path, and how strongly."""

    path: str
    """String."""
    weight_name: None | str | Unset = UNSET
    """String or None."""
    scale: float | Unset = UNSET
    """Number, 0 to 4. Server default: 1."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        path = self.path

        weight_name: None | str | Unset
        if isinstance(self.weight_name, Unset):
            weight_name = UNSET
        else:
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

        def _parse_weight_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        weight_name = _parse_weight_name(d.pop("weight_name", UNSET))

        scale = d.pop("scale", UNSET)

        lo_ra_input = cls(
            path=path,
            weight_name=weight_name,
            scale=scale,
        )

        lo_ra_input.additional_properties = d
        return lo_ra_input

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

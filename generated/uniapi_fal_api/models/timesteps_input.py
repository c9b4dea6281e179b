from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.timesteps_input_method import (
    TimestepsInputMethod,
    check_timesteps_input_method,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="TimestepsInput")


@_attrs_define
class TimestepsInput:
    method: TimestepsInputMethod | Unset = UNSET
    """One of "default", "array". Server default: "default"."""
    array: list[int] | Unset = UNSET
    """List of integer. Server default: []."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        method: str | Unset = UNSET
        if not isinstance(self.method, Unset):
            method = self.method

        array: list[int] | Unset = UNSET
        if not isinstance(self.array, Unset):
            array = self.array

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if method is not UNSET:
            field_dict["method"] = method
        if array is not UNSET:
            field_dict["array"] = array

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _method = d.pop("method", UNSET)
        method: TimestepsInputMethod | Unset
        if isinstance(_method, Unset):
            method = UNSET
        else:
            method = check_timesteps_input_method(_method)

        array = cast(list[int], d.pop("array", UNSET))

        timesteps_input = cls(
            method=method,
            array=array,
        )

        timesteps_input.additional_properties = d
        return timesteps_input

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sigmas_input_v5c4864_method import (
    SigmasInputV5C4864Method,
    check_sigmas_input_v5c4864_method,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="SigmasInputV5C4864")


@_attrs_define
class SigmasInputV5C4864:
    array: list[float] | Unset = UNSET
    """List of number."""
    method: SigmasInputV5C4864Method | Unset = UNSET
    """One of "default", "array". Server default: "default"."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        array: list[float] | Unset = UNSET
        if not isinstance(self.array, Unset):
            array = self.array

        method: str | Unset = UNSET
        if not isinstance(self.method, Unset):
            method = self.method

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if array is not UNSET:
            field_dict["array"] = array
        if method is not UNSET:
            field_dict["method"] = method

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        array = cast(list[float], d.pop("array", UNSET))

        _method = d.pop("method", UNSET)
        method: SigmasInputV5C4864Method | Unset
        if isinstance(_method, Unset):
            method = UNSET
        else:
            method = check_sigmas_input_v5c4864_method(_method)

        sigmas_input_v5c4864 = cls(
            array=array,
            method=method,
        )

        sigmas_input_v5c4864.additional_properties = d
        return sigmas_input_v5c4864

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

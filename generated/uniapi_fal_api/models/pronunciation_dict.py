from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PronunciationDict")


@_attrs_define
class PronunciationDict:
    tone_list: list[str] | Unset = UNSET
    """List of string."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tone_list: list[str] | Unset = UNSET
        if not isinstance(self.tone_list, Unset):
            tone_list = self.tone_list

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tone_list is not UNSET:
            field_dict["tone_list"] = tone_list

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tone_list = cast(list[str], d.pop("tone_list", UNSET))

        pronunciation_dict = cls(
            tone_list=tone_list,
        )

        pronunciation_dict.additional_properties = d
        return pronunciation_dict

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

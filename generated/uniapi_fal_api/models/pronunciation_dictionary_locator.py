from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PronunciationDictionaryLocator")


@_attrs_define
class PronunciationDictionaryLocator:
    pronunciation_dictionary_id: None | str
    """String or None."""
    version_id: None | str | Unset = UNSET
    """String or None."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pronunciation_dictionary_id: None | str
        pronunciation_dictionary_id = self.pronunciation_dictionary_id

        version_id: None | str | Unset
        if isinstance(self.version_id, Unset):
            version_id = UNSET
        else:
            version_id = self.version_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pronunciation_dictionary_id": pronunciation_dictionary_id,
            }
        )
        if version_id is not UNSET:
            field_dict["version_id"] = version_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_pronunciation_dictionary_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        pronunciation_dictionary_id = _parse_pronunciation_dictionary_id(
            d.pop("pronunciation_dictionary_id")
        )

        def _parse_version_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        version_id = _parse_version_id(d.pop("version_id", UNSET))

        pronunciation_dictionary_locator = cls(
            pronunciation_dictionary_id=pronunciation_dictionary_id,
            version_id=version_id,
        )

        pronunciation_dictionary_locator.additional_properties = d
        return pronunciation_dictionary_locator

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NvidiaNemotronAsrMultilingualAsrOutput")


@_attrs_define
class NvidiaNemotronAsrMultilingualAsrOutput:
    """Output of `nvidia/nemotron-asr-multilingual/asr` (unknown)."""

    output: str
    """String."""
    partial: bool | Unset = UNSET
    """Boolean."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        output = self.output

        partial = self.partial

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "output": output,
            }
        )
        if partial is not UNSET:
            field_dict["partial"] = partial

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        output = d.pop("output")

        partial = d.pop("partial", UNSET)

        nvidia_nemotron_asr_multilingual_asr_output = cls(
            output=output,
            partial=partial,
        )

        nvidia_nemotron_asr_multilingual_asr_output.additional_properties = d
        return nvidia_nemotron_asr_multilingual_asr_output

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

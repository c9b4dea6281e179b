from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UsageInfoV829AD1")


@_attrs_define
class UsageInfoV829AD1:
    decode_time_ms: float
    """Number."""
    input_tokens: float
    """Number."""
    output_tokens: float
    """Number."""
    prefill_time_ms: float
    """Number."""
    ttft_ms: float
    """Number."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        decode_time_ms = self.decode_time_ms

        input_tokens = self.input_tokens

        output_tokens = self.output_tokens

        prefill_time_ms = self.prefill_time_ms

        ttft_ms = self.ttft_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "decode_time_ms": decode_time_ms,
                "input_tokens": input_tokens,
                "output_tokens": output_tokens,
                "prefill_time_ms": prefill_time_ms,
                "ttft_ms": ttft_ms,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        decode_time_ms = d.pop("decode_time_ms")

        input_tokens = d.pop("input_tokens")

        output_tokens = d.pop("output_tokens")

        prefill_time_ms = d.pop("prefill_time_ms")

        ttft_ms = d.pop("ttft_ms")

        usage_info_v829ad1 = cls(
            decode_time_ms=decode_time_ms,
            input_tokens=input_tokens,
            output_tokens=output_tokens,
            prefill_time_ms=prefill_time_ms,
            ttft_ms=ttft_ms,
        )

        usage_info_v829ad1.additional_properties = d
        return usage_info_v829ad1

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

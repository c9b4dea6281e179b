from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.usage_info_v829ad1 import UsageInfoV829AD1


T = TypeVar("T", bound="NvidiaNemotron3NanoOmniOutput")


@_attrs_define
class NvidiaNemotron3NanoOmniOutput:
    """Output of `nvidia/nemotron-3-nano-omni` (unknown)."""

    output: str
    """String."""
    usage: UsageInfoV829AD1
    """UsageInfoV829AD1."""
    finish_reason: str | Unset = UNSET
    """String. Server default: "stop"."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        output = self.output

        usage = self.usage.to_dict()

        finish_reason = self.finish_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "output": output,
                "usage": usage,
            }
        )
        if finish_reason is not UNSET:
            field_dict["finish_reason"] = finish_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.usage_info_v829ad1 import UsageInfoV829AD1  # noqa: PLC0415

        d = dict(src_dict)
        output = d.pop("output")

        usage = UsageInfoV829AD1.from_dict(d.pop("usage"))

        finish_reason = d.pop("finish_reason", UNSET)

        nvidia_nemotron_3_nano_omni_output = cls(
            output=output,
            usage=usage,
            finish_reason=finish_reason,
        )

        nvidia_nemotron_3_nano_omni_output.additional_properties = d
        return nvidia_nemotron_3_nano_omni_output

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

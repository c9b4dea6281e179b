from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="DecartLucy2VtonRealtimeOutput")


@_attrs_define
class DecartLucy2VtonRealtimeOutput:
    """Output of `decart/lucy2-vton/realtime` (unknown)."""

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        decart_lucy_2_vton_realtime_output = cls()

        return decart_lucy_2_vton_realtime_output

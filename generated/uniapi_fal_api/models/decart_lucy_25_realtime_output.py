from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DecartLucy25RealtimeOutput")


@_attrs_define
class DecartLucy25RealtimeOutput:
    """Output of `decart/lucy-2-5/realtime` (unknown)."""

    candidate: Any | Unset = UNSET
    """Any value."""
    error: Any | Unset = UNSET
    """Any value."""
    ice_servers: list[Any] | Unset = UNSET
    """List."""
    sdp: str | Unset = UNSET
    """String."""
    type_: str | Unset = UNSET
    """String."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        candidate = self.candidate

        error = self.error

        ice_servers: list[Any] | Unset = UNSET
        if not isinstance(self.ice_servers, Unset):
            ice_servers = self.ice_servers

        sdp = self.sdp

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if candidate is not UNSET:
            field_dict["candidate"] = candidate
        if error is not UNSET:
            field_dict["error"] = error
        if ice_servers is not UNSET:
            field_dict["iceServers"] = ice_servers
        if sdp is not UNSET:
            field_dict["sdp"] = sdp
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        candidate = d.pop("candidate", UNSET)

        error = d.pop("error", UNSET)

        ice_servers = cast(list[Any], d.pop("iceServers", UNSET))

        sdp = d.pop("sdp", UNSET)

        type_ = d.pop("type", UNSET)

        decart_lucy_25_realtime_output = cls(
            candidate=candidate,
            error=error,
            ice_servers=ice_servers,
            sdp=sdp,
            type_=type_,
        )

        decart_lucy_25_realtime_output.additional_properties = d
        return decart_lucy_25_realtime_output

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

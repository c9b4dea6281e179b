from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LogEntry")


@_attrs_define
class LogEntry:
    message: str
    """String."""
    level: str | Unset = UNSET
    """DEBUG, INFO, WARNING, ERROR, STDERR, ... String."""
    source: str | Unset = UNSET
    """String."""
    timestamp: str | Unset = UNSET
    """ISO 8601 time, kept as text. String."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        level = self.level

        source = self.source

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
            }
        )
        if level is not UNSET:
            field_dict["level"] = level
        if source is not UNSET:
            field_dict["source"] = source
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message")

        level = d.pop("level", UNSET)

        source = d.pop("source", UNSET)

        timestamp = d.pop("timestamp", UNSET)

        log_entry = cls(
            message=message,
            level=level,
            source=source,
            timestamp=timestamp,
        )

        log_entry.additional_properties = d
        return log_entry

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

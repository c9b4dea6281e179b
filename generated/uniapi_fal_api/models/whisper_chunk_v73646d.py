from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WhisperChunkV73646D")


@_attrs_define
class WhisperChunkV73646D:
    timestamp: list[float | None]
    """List, 2 items."""
    text: str
    """String."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timestamp = []
        for timestamp_item_data in self.timestamp:
            timestamp_item: float | None
            timestamp_item = timestamp_item_data
            timestamp.append(timestamp_item)

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "timestamp": timestamp,
                "text": text,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        timestamp = []
        _timestamp = d.pop("timestamp")
        for timestamp_item_data in _timestamp:

            def _parse_timestamp_item(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            timestamp_item = _parse_timestamp_item(timestamp_item_data)

            timestamp.append(timestamp_item)

        text = d.pop("text")

        whisper_chunk_v73646d = cls(
            timestamp=timestamp,
            text=text,
        )

        whisper_chunk_v73646d.additional_properties = d
        return whisper_chunk_v73646d

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

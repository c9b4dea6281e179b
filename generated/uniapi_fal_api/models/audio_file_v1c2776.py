from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AudioFileV1C2776")


@_attrs_define
class AudioFileV1C2776:
    url: str
    """String."""
    bitrate: float | str | Unset = UNSET
    """String or number."""
    channels: float | Unset = UNSET
    """Number."""
    content_type: str | Unset = UNSET
    """String."""
    duration: float | Unset = UNSET
    """Number."""
    file_name: str | Unset = UNSET
    """String."""
    file_size: float | Unset = UNSET
    """Number."""
    sample_rate: float | Unset = UNSET
    """Number."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        bitrate: float | str | Unset
        if isinstance(self.bitrate, Unset):
            bitrate = UNSET
        else:
            bitrate = self.bitrate

        channels = self.channels

        content_type = self.content_type

        duration = self.duration

        file_name = self.file_name

        file_size = self.file_size

        sample_rate = self.sample_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
            }
        )
        if bitrate is not UNSET:
            field_dict["bitrate"] = bitrate
        if channels is not UNSET:
            field_dict["channels"] = channels
        if content_type is not UNSET:
            field_dict["content_type"] = content_type
        if duration is not UNSET:
            field_dict["duration"] = duration
        if file_name is not UNSET:
            field_dict["file_name"] = file_name
        if file_size is not UNSET:
            field_dict["file_size"] = file_size
        if sample_rate is not UNSET:
            field_dict["sample_rate"] = sample_rate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url")

        def _parse_bitrate(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        bitrate = _parse_bitrate(d.pop("bitrate", UNSET))

        channels = d.pop("channels", UNSET)

        content_type = d.pop("content_type", UNSET)

        duration = d.pop("duration", UNSET)

        file_name = d.pop("file_name", UNSET)

        file_size = d.pop("file_size", UNSET)

        sample_rate = d.pop("sample_rate", UNSET)

        audio_file_v1c2776 = cls(
            url=url,
            bitrate=bitrate,
            channels=channels,
            content_type=content_type,
            duration=duration,
            file_name=file_name,
            file_size=file_size,
            sample_rate=sample_rate,
        )

        audio_file_v1c2776.additional_properties = d
        return audio_file_v1c2776

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

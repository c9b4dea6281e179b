from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AudioV5C1521")


@_attrs_define
class AudioV5C1521:
    bitrate: float
    """Number."""
    channels: float
    """Number."""
    codec: str
    """String."""
    container: str
    """String."""
    content_type: str
    """String."""
    duration: float
    """Number."""
    file_name: str
    """String."""
    file_size: float
    """Number."""
    sample_rate: float
    """Number."""
    url: str
    """String."""
    media_type: str | Unset = UNSET
    """String. Server default: "audio"."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bitrate = self.bitrate

        channels = self.channels

        codec = self.codec

        container = self.container

        content_type = self.content_type

        duration = self.duration

        file_name = self.file_name

        file_size = self.file_size

        sample_rate = self.sample_rate

        url = self.url

        media_type = self.media_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bitrate": bitrate,
                "channels": channels,
                "codec": codec,
                "container": container,
                "content_type": content_type,
                "duration": duration,
                "file_name": file_name,
                "file_size": file_size,
                "sample_rate": sample_rate,
                "url": url,
            }
        )
        if media_type is not UNSET:
            field_dict["media_type"] = media_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bitrate = d.pop("bitrate")

        channels = d.pop("channels")

        codec = d.pop("codec")

        container = d.pop("container")

        content_type = d.pop("content_type")

        duration = d.pop("duration")

        file_name = d.pop("file_name")

        file_size = d.pop("file_size")

        sample_rate = d.pop("sample_rate")

        url = d.pop("url")

        media_type = d.pop("media_type", UNSET)

        audio_v5c1521 = cls(
            bitrate=bitrate,
            channels=channels,
            codec=codec,
            container=container,
            content_type=content_type,
            duration=duration,
            file_name=file_name,
            file_size=file_size,
            sample_rate=sample_rate,
            url=url,
            media_type=media_type,
        )

        audio_v5c1521.additional_properties = d
        return audio_v5c1521

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

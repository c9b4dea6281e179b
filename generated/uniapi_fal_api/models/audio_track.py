from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AudioTrack")


@_attrs_define
class AudioTrack:
    bitrate: float
    """Number."""
    channels: float
    """Number."""
    codec: str
    """String."""
    sample_rate: float
    """Number."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bitrate = self.bitrate

        channels = self.channels

        codec = self.codec

        sample_rate = self.sample_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bitrate": bitrate,
                "channels": channels,
                "codec": codec,
                "sample_rate": sample_rate,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bitrate = d.pop("bitrate")

        channels = d.pop("channels")

        codec = d.pop("codec")

        sample_rate = d.pop("sample_rate")

        audio_track = cls(
            bitrate=bitrate,
            channels=channels,
            codec=codec,
            sample_rate=sample_rate,
        )

        audio_track.additional_properties = d
        return audio_track

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

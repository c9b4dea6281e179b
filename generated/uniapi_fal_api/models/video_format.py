from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="VideoFormat")


@_attrs_define
class VideoFormat:
    bitrate: float
    """Number."""
    container: str
    """String."""
    level: float
    """Number."""
    pixel_format: str
    """String."""
    profile: str
    """String."""
    video_codec: str
    """String."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bitrate = self.bitrate

        container = self.container

        level = self.level

        pixel_format = self.pixel_format

        profile = self.profile

        video_codec = self.video_codec

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bitrate": bitrate,
                "container": container,
                "level": level,
                "pixel_format": pixel_format,
                "profile": profile,
                "video_codec": video_codec,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bitrate = d.pop("bitrate")

        container = d.pop("container")

        level = d.pop("level")

        pixel_format = d.pop("pixel_format")

        profile = d.pop("profile")

        video_codec = d.pop("video_codec")

        video_format = cls(
            bitrate=bitrate,
            container=container,
            level=level,
            pixel_format=pixel_format,
            profile=profile,
            video_codec=video_codec,
        )

        video_format.additional_properties = d
        return video_format

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

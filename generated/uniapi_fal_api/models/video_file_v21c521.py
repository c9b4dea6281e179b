from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VideoFileV21C521")


@_attrs_define
class VideoFileV21C521:
    url: str
    """String."""
    content_type: str | Unset = UNSET
    """String."""
    duration: float | Unset = UNSET
    """Number."""
    file_name: str | Unset = UNSET
    """String."""
    file_size: float | Unset = UNSET
    """Number."""
    fps: float | Unset = UNSET
    """Number."""
    height: float | Unset = UNSET
    """Number."""
    num_frames: float | Unset = UNSET
    """Number."""
    width: float | Unset = UNSET
    """Number."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        content_type = self.content_type

        duration = self.duration

        file_name = self.file_name

        file_size = self.file_size

        fps = self.fps

        height = self.height

        num_frames = self.num_frames

        width = self.width

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
            }
        )
        if content_type is not UNSET:
            field_dict["content_type"] = content_type
        if duration is not UNSET:
            field_dict["duration"] = duration
        if file_name is not UNSET:
            field_dict["file_name"] = file_name
        if file_size is not UNSET:
            field_dict["file_size"] = file_size
        if fps is not UNSET:
            field_dict["fps"] = fps
        if height is not UNSET:
            field_dict["height"] = height
        if num_frames is not UNSET:
            field_dict["num_frames"] = num_frames
        if width is not UNSET:
            field_dict["width"] = width

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url")

        content_type = d.pop("content_type", UNSET)

        duration = d.pop("duration", UNSET)

        file_name = d.pop("file_name", UNSET)

        file_size = d.pop("file_size", UNSET)

        fps = d.pop("fps", UNSET)

        height = d.pop("height", UNSET)

        num_frames = d.pop("num_frames", UNSET)

        width = d.pop("width", UNSET)

        video_file_v21c521 = cls(
            url=url,
            content_type=content_type,
            duration=duration,
            file_name=file_name,
            file_size=file_size,
            fps=fps,
            height=height,
            num_frames=num_frames,
            width=width,
        )

        video_file_v21c521.additional_properties = d
        return video_file_v21c521

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

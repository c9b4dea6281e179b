from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VideoCondition")


@_attrs_define
class VideoCondition:
    video_url: str
    """String."""
    start_frame_number: int | Unset = UNSET
    """Integer, 0 to 160. Server default: 0."""
    strength: float | Unset = UNSET
    """Number, 0 to 1. Server default: 1."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        video_url = self.video_url

        start_frame_number = self.start_frame_number

        strength = self.strength

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "video_url": video_url,
            }
        )
        if start_frame_number is not UNSET:
            field_dict["start_frame_number"] = start_frame_number
        if strength is not UNSET:
            field_dict["strength"] = strength

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        video_url = d.pop("video_url")

        start_frame_number = d.pop("start_frame_number", UNSET)

        strength = d.pop("strength", UNSET)

        video_condition = cls(
            video_url=video_url,
            start_frame_number=start_frame_number,
            strength=strength,
        )

        video_condition.additional_properties = d
        return video_condition

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

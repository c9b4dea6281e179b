from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="BriaVideoBackgroundRemovalRealtimeOutput")


@_attrs_define
class BriaVideoBackgroundRemovalRealtimeOutput:
    """Output of `bria/video/background-removal/realtime` (unknown)."""

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        bria_video_background_removal_realtime_output = cls()

        return bria_video_background_removal_realtime_output

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.video_v0f4a8a import VideoV0F4A8A


T = TypeVar("T", bound="BriaVideoBackgroundRemovalV3Output")


@_attrs_define
class BriaVideoBackgroundRemovalV3Output:
    """Output of `bria/video/background-removal/v3` (unknown)."""

    request_id: str
    """String."""
    video: VideoV0F4A8A
    """VideoV0F4A8A."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        video = self.video.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "request_id": request_id,
                "video": video,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.video_v0f4a8a import VideoV0F4A8A  # noqa: PLC0415

        d = dict(src_dict)
        request_id = d.pop("request_id")

        video = VideoV0F4A8A.from_dict(d.pop("video"))

        bria_video_background_removal_v3_output = cls(
            request_id=request_id,
            video=video,
        )

        bria_video_background_removal_v3_output.additional_properties = d
        return bria_video_background_removal_v3_output

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.video_v0f4a8a import VideoV0F4A8A


T = TypeVar("T", bound="MireloAiSfx16VideoToVideoOutput")


@_attrs_define
class MireloAiSfx16VideoToVideoOutput:
    """Output of `mirelo-ai/sfx1.6/video-to-video` (video-to-video)."""

    video: list[VideoV0F4A8A]
    """List of VideoV0F4A8A."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        video = []
        for video_item_data in self.video:
            video_item = video_item_data.to_dict()
            video.append(video_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "video": video,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.video_v0f4a8a import VideoV0F4A8A  # noqa: PLC0415

        d = dict(src_dict)
        video = []
        _video = d.pop("video")
        for video_item_data in _video:
            video_item = VideoV0F4A8A.from_dict(video_item_data)

            video.append(video_item)

        mirelo_ai_sfx_16_video_to_video_output = cls(
            video=video,
        )

        mirelo_ai_sfx_16_video_to_video_output.additional_properties = d
        return mirelo_ai_sfx_16_video_to_video_output

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FfmpegApiComposeOutput")


@_attrs_define
class FfmpegApiComposeOutput:
    """Output of `fal-ai/ffmpeg-api/compose` (video-to-video)."""

    video_url: str
    """Video Url: string."""
    thumbnail_url: str
    """Thumbnail Url: string."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        video_url = self.video_url

        thumbnail_url = self.thumbnail_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "video_url": video_url,
                "thumbnail_url": thumbnail_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        video_url = d.pop("video_url")

        thumbnail_url = d.pop("thumbnail_url")

        ffmpeg_api_compose_output = cls(
            video_url=video_url,
            thumbnail_url=thumbnail_url,
        )

        ffmpeg_api_compose_output.additional_properties = d
        return ffmpeg_api_compose_output

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

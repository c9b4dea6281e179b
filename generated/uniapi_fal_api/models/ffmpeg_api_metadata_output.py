from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.audio_v5c1521 import AudioV5C1521
    from ..models.video_v0f4a8a import VideoV0F4A8A


T = TypeVar("T", bound="FfmpegApiMetadataOutput")


@_attrs_define
class FfmpegApiMetadataOutput:
    """Output of `fal-ai/ffmpeg-api/metadata` (unknown)."""

    media: AudioV5C1521 | VideoV0F4A8A
    """VideoV0F4A8A or AudioV5C1521."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.video_v0f4a8a import VideoV0F4A8A  # noqa: PLC0415

        media: dict[str, Any]
        if isinstance(self.media, VideoV0F4A8A):
            media = self.media.to_dict()
        else:
            media = self.media.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "media": media,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audio_v5c1521 import AudioV5C1521  # noqa: PLC0415
        from ..models.video_v0f4a8a import VideoV0F4A8A  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_media(data: object) -> AudioV5C1521 | VideoV0F4A8A:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                media_type_0 = VideoV0F4A8A.from_dict(data)

                return media_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            media_type_1 = AudioV5C1521.from_dict(data)

            return media_type_1

        media = _parse_media(d.pop("media"))

        ffmpeg_api_metadata_output = cls(
            media=media,
        )

        ffmpeg_api_metadata_output.additional_properties = d
        return ffmpeg_api_metadata_output

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.audio_v5c1521 import AudioV5C1521
    from ..models.video_v0f4a8a import VideoV0F4A8A


T = TypeVar("T", bound="SoniloV11VideoToVideoSoundEffectsOutput")


@_attrs_define
class SoniloV11VideoToVideoSoundEffectsOutput:
    """Output of `sonilo/v1.1/video-to-video-sound-effects` (unknown)."""

    audio: AudioV5C1521
    """AudioV5C1521."""
    video: VideoV0F4A8A
    """VideoV0F4A8A."""
    videos: list[VideoV0F4A8A]
    """List of VideoV0F4A8A."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        audio = self.audio.to_dict()

        video = self.video.to_dict()

        videos = []
        for videos_item_data in self.videos:
            videos_item = videos_item_data.to_dict()
            videos.append(videos_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "audio": audio,
                "video": video,
                "videos": videos,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audio_v5c1521 import AudioV5C1521  # noqa: PLC0415
        from ..models.video_v0f4a8a import VideoV0F4A8A  # noqa: PLC0415

        d = dict(src_dict)
        audio = AudioV5C1521.from_dict(d.pop("audio"))

        video = VideoV0F4A8A.from_dict(d.pop("video"))

        videos = []
        _videos = d.pop("videos")
        for videos_item_data in _videos:
            videos_item = VideoV0F4A8A.from_dict(videos_item_data)

            videos.append(videos_item)

        sonilo_v11_video_to_video_sound_effects_output = cls(
            audio=audio,
            video=video,
            videos=videos,
        )

        sonilo_v11_video_to_video_sound_effects_output.additional_properties = d
        return sonilo_v11_video_to_video_sound_effects_output

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

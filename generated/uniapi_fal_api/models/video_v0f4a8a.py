from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audio_track import AudioTrack
    from ..models.resolution import Resolution
    from ..models.video_format import VideoFormat


T = TypeVar("T", bound="VideoV0F4A8A")


@_attrs_define
class VideoV0F4A8A:
    bitrate: float
    """Number."""
    codec: str
    """String."""
    container: str
    """String."""
    content_type: str
    """String."""
    duration: float
    """Number."""
    file_name: str
    """String."""
    file_size: float
    """Number."""
    format_: VideoFormat
    """VideoFormat."""
    fps: float
    """Number."""
    frame_count: float
    """Number."""
    resolution: Resolution
    """Resolution."""
    timebase: str
    """String."""
    url: str
    """String."""
    audio: AudioTrack | Unset = UNSET
    """AudioTrack."""
    end_frame_url: str | Unset = UNSET
    """URL or local file."""
    media_type: str | Unset = UNSET
    """String. Server default: "video"."""
    start_frame_url: str | Unset = UNSET
    """URL or local file."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bitrate = self.bitrate

        codec = self.codec

        container = self.container

        content_type = self.content_type

        duration = self.duration

        file_name = self.file_name

        file_size = self.file_size

        format_ = self.format_.to_dict()

        fps = self.fps

        frame_count = self.frame_count

        resolution = self.resolution.to_dict()

        timebase = self.timebase

        url = self.url

        audio: dict[str, Any] | Unset = UNSET
        if not isinstance(self.audio, Unset):
            audio = self.audio.to_dict()

        end_frame_url = self.end_frame_url

        media_type = self.media_type

        start_frame_url = self.start_frame_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bitrate": bitrate,
                "codec": codec,
                "container": container,
                "content_type": content_type,
                "duration": duration,
                "file_name": file_name,
                "file_size": file_size,
                "format": format_,
                "fps": fps,
                "frame_count": frame_count,
                "resolution": resolution,
                "timebase": timebase,
                "url": url,
            }
        )
        if audio is not UNSET:
            field_dict["audio"] = audio
        if end_frame_url is not UNSET:
            field_dict["end_frame_url"] = end_frame_url
        if media_type is not UNSET:
            field_dict["media_type"] = media_type
        if start_frame_url is not UNSET:
            field_dict["start_frame_url"] = start_frame_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audio_track import AudioTrack  # noqa: PLC0415
        from ..models.resolution import Resolution  # noqa: PLC0415
        from ..models.video_format import VideoFormat  # noqa: PLC0415

        d = dict(src_dict)
        bitrate = d.pop("bitrate")

        codec = d.pop("codec")

        container = d.pop("container")

        content_type = d.pop("content_type")

        duration = d.pop("duration")

        file_name = d.pop("file_name")

        file_size = d.pop("file_size")

        format_ = VideoFormat.from_dict(d.pop("format"))

        fps = d.pop("fps")

        frame_count = d.pop("frame_count")

        resolution = Resolution.from_dict(d.pop("resolution"))

        timebase = d.pop("timebase")

        url = d.pop("url")

        _audio = d.pop("audio", UNSET)
        audio: AudioTrack | Unset
        if isinstance(_audio, Unset):
            audio = UNSET
        else:
            audio = AudioTrack.from_dict(_audio)

        end_frame_url = d.pop("end_frame_url", UNSET)

        media_type = d.pop("media_type", UNSET)

        start_frame_url = d.pop("start_frame_url", UNSET)

        video_v0f4a8a = cls(
            bitrate=bitrate,
            codec=codec,
            container=container,
            content_type=content_type,
            duration=duration,
            file_name=file_name,
            file_size=file_size,
            format_=format_,
            fps=fps,
            frame_count=frame_count,
            resolution=resolution,
            timebase=timebase,
            url=url,
            audio=audio,
            end_frame_url=end_frame_url,
            media_type=media_type,
            start_frame_url=start_frame_url,
        )

        video_v0f4a8a.additional_properties = d
        return video_v0f4a8a

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput

if TYPE_CHECKING:
    from ..models.track import Track
    from .ffmpeg_api_compose_output import FfmpegApiComposeOutput  # noqa: F401


T = TypeVar("T", bound="FfmpegApiComposeInput")


@_attrs_define
class FfmpegApiComposeInput(
    FalInput["FfmpegApiComposeOutput"], endpoint="fal-ai/ffmpeg-api/compose"
):
    """Input of `fal-ai/ffmpeg-api/compose` (video-to-video)."""

    tracks: list[Track]
    """Tracks: list of Track."""

    def to_dict(self) -> dict[str, Any]:
        tracks = []
        for tracks_item_data in self.tracks:
            tracks_item = tracks_item_data.to_dict()
            tracks.append(tracks_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "tracks": tracks,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.track import Track  # noqa: PLC0415

        d = dict(src_dict)
        tracks = []
        _tracks = d.pop("tracks")
        for tracks_item_data in _tracks:
            tracks_item = Track.from_dict(tracks_item_data)

            tracks.append(tracks_item)

        ffmpeg_api_compose_input = cls(
            tracks=tracks,
        )

        return ffmpeg_api_compose_input

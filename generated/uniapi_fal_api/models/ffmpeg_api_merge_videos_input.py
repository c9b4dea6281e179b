from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.ffmpeg_api_merge_videos_input_resolution_type_1 import (
    FfmpegApiMergeVideosInputResolutionType1,
    check_ffmpeg_api_merge_videos_input_resolution_type_1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_size import ImageSize
    from .ffmpeg_api_merge_videos_output import FfmpegApiMergeVideosOutput  # noqa: F401


T = TypeVar("T", bound="FfmpegApiMergeVideosInput")


@_attrs_define
class FfmpegApiMergeVideosInput(
    FalInput["FfmpegApiMergeVideosOutput"], endpoint="fal-ai/ffmpeg-api/merge-videos"
):
    """Input of `fal-ai/ffmpeg-api/merge-videos` (video-to-video)."""

    video_urls: list[str]
    """Video Urls: list of string, at least 2 items."""
    target_fps: float | None | Unset = UNSET
    """Target Fps: number or None, 1 to 60."""
    resolution: FfmpegApiMergeVideosInputResolutionType1 | ImageSize | None | Unset = UNSET
    """Resolution: ImageSize or one of "square_hd", "square", "portrait_4_3", "portrait_16_9",
    "landscape_4_3", "landscape_16_9" or None."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.image_size import ImageSize  # noqa: PLC0415

        video_urls = self.video_urls

        target_fps: float | None | Unset
        if isinstance(self.target_fps, Unset):
            target_fps = UNSET
        else:
            target_fps = self.target_fps

        resolution: dict[str, Any] | None | str | Unset
        if isinstance(self.resolution, Unset):
            resolution = UNSET
        elif isinstance(self.resolution, ImageSize):
            resolution = self.resolution.to_dict()
        elif isinstance(self.resolution, str):
            resolution = self.resolution
        else:
            resolution = self.resolution

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "video_urls": video_urls,
            }
        )
        if target_fps is not UNSET:
            field_dict["target_fps"] = target_fps
        if resolution is not UNSET:
            field_dict["resolution"] = resolution

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_size import ImageSize  # noqa: PLC0415

        d = dict(src_dict)
        video_urls = cast(list[str], d.pop("video_urls"))

        def _parse_target_fps(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        target_fps = _parse_target_fps(d.pop("target_fps", UNSET))

        def _parse_resolution(
            data: object,
        ) -> FfmpegApiMergeVideosInputResolutionType1 | ImageSize | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                resolution_type_0 = ImageSize.from_dict(data)

                return resolution_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                resolution_type_1 = check_ffmpeg_api_merge_videos_input_resolution_type_1(data)

                return resolution_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FfmpegApiMergeVideosInputResolutionType1 | ImageSize | None | Unset, data)

        resolution = _parse_resolution(d.pop("resolution", UNSET))

        ffmpeg_api_merge_videos_input = cls(
            video_urls=video_urls,
            target_fps=target_fps,
            resolution=resolution,
        )

        return ffmpeg_api_merge_videos_input

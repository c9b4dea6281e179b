from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.ffmpeg_api_extract_frame_input_frame_type import (
    FfmpegApiExtractFrameInputFrameType,
    check_ffmpeg_api_extract_frame_input_frame_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .ffmpeg_api_extract_frame_output import FfmpegApiExtractFrameOutput  # noqa: F401


T = TypeVar("T", bound="FfmpegApiExtractFrameInput")


@_attrs_define
class FfmpegApiExtractFrameInput(
    FalInput["FfmpegApiExtractFrameOutput"], endpoint="fal-ai/ffmpeg-api/extract-frame"
):
    """Input of `fal-ai/ffmpeg-api/extract-frame` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    video_url: str
    """URL or local file."""
    frame_type: FfmpegApiExtractFrameInputFrameType | Unset = UNSET
    """One of "first", "middle", "last". Server default: "first"."""

    def to_dict(self) -> dict[str, Any]:
        video_url = self.video_url

        frame_type: str | Unset = UNSET
        if not isinstance(self.frame_type, Unset):
            frame_type = self.frame_type

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "video_url": video_url,
            }
        )
        if frame_type is not UNSET:
            field_dict["frame_type"] = frame_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        video_url = d.pop("video_url")

        _frame_type = d.pop("frame_type", UNSET)
        frame_type: FfmpegApiExtractFrameInputFrameType | Unset
        if isinstance(_frame_type, Unset):
            frame_type = UNSET
        else:
            frame_type = check_ffmpeg_api_extract_frame_input_frame_type(_frame_type)

        ffmpeg_api_extract_frame_input = cls(
            video_url=video_url,
            frame_type=frame_type,
        )

        return ffmpeg_api_extract_frame_input

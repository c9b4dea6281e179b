from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .ffmpeg_api_metadata_output import FfmpegApiMetadataOutput  # noqa: F401


T = TypeVar("T", bound="FfmpegApiMetadataInput")


@_attrs_define
class FfmpegApiMetadataInput(
    FalInput["FfmpegApiMetadataOutput"], endpoint="fal-ai/ffmpeg-api/metadata"
):
    """Input of `fal-ai/ffmpeg-api/metadata` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript
    types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    media_url: str
    """URL or local file."""
    extract_frames: bool | Unset = UNSET
    """Boolean."""

    def to_dict(self) -> dict[str, Any]:
        media_url = self.media_url

        extract_frames = self.extract_frames

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "media_url": media_url,
            }
        )
        if extract_frames is not UNSET:
            field_dict["extract_frames"] = extract_frames

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        media_url = d.pop("media_url")

        extract_frames = d.pop("extract_frames", UNSET)

        ffmpeg_api_metadata_input = cls(
            media_url=media_url,
            extract_frames=extract_frames,
        )

        return ffmpeg_api_metadata_input

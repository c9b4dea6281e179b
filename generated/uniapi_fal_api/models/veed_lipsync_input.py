from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput

if TYPE_CHECKING:
    from .veed_lipsync_output import VeedLipsyncOutput  # noqa: F401


T = TypeVar("T", bound="VeedLipsyncInput")


@_attrs_define
class VeedLipsyncInput(FalInput["VeedLipsyncOutput"], endpoint="veed/lipsync"):
    """Input of `veed/lipsync` (video-to-video)."""

    video_url: str
    """Video Url: string, 1 to 2,083 characters."""
    audio_url: str
    """Audio Url: string, 1 to 2,083 characters."""

    def to_dict(self) -> dict[str, Any]:
        video_url = self.video_url

        audio_url = self.audio_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "video_url": video_url,
                "audio_url": audio_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        video_url = d.pop("video_url")

        audio_url = d.pop("audio_url")

        veed_lipsync_input = cls(
            video_url=video_url,
            audio_url=audio_url,
        )

        return veed_lipsync_input

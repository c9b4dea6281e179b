from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput

if TYPE_CHECKING:
    from .musetalk_output import MusetalkOutput  # noqa: F401


T = TypeVar("T", bound="MusetalkInput")


@_attrs_define
class MusetalkInput(FalInput["MusetalkOutput"], endpoint="fal-ai/musetalk"):
    """Input of `fal-ai/musetalk` (image-to-video)."""

    source_video_url: str
    """Source Video Url: string."""
    audio_url: str
    """Audio Url: string."""

    def to_dict(self) -> dict[str, Any]:
        source_video_url = self.source_video_url

        audio_url = self.audio_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "source_video_url": source_video_url,
                "audio_url": audio_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        source_video_url = d.pop("source_video_url")

        audio_url = d.pop("audio_url")

        musetalk_input = cls(
            source_video_url=source_video_url,
            audio_url=audio_url,
        )

        return musetalk_input

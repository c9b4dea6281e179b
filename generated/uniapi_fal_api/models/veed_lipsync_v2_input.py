from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput

if TYPE_CHECKING:
    from .veed_lipsync_v2_output import VeedLipsyncV2Output  # noqa: F401


T = TypeVar("T", bound="VeedLipsyncV2Input")


@_attrs_define
class VeedLipsyncV2Input(FalInput["VeedLipsyncV2Output"], endpoint="veed/lipsync/v2"):
    """Input of `veed/lipsync/v2` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript types):
    types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    audio_url: str
    """URL or local file."""
    video_url: str
    """URL or local file."""

    def to_dict(self) -> dict[str, Any]:
        audio_url = self.audio_url

        video_url = self.video_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "audio_url": audio_url,
                "video_url": video_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        audio_url = d.pop("audio_url")

        video_url = d.pop("video_url")

        veed_lipsync_v2_input = cls(
            audio_url=audio_url,
            video_url=video_url,
        )

        return veed_lipsync_v2_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput

if TYPE_CHECKING:
    from .sync_lipsync_v3_image_to_video_output import SyncLipsyncV3ImageToVideoOutput  # noqa: F401


T = TypeVar("T", bound="SyncLipsyncV3ImageToVideoInput")


@_attrs_define
class SyncLipsyncV3ImageToVideoInput(
    FalInput["SyncLipsyncV3ImageToVideoOutput"], endpoint="fal-ai/sync-lipsync/v3/image-to-video"
):
    """Input of `fal-ai/sync-lipsync/v3/image-to-video` (image-to-video). fal publishes no constraints for it (it comes
    from fal's TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are
    not.

    """

    audio_url: str
    """URL or local file."""
    image_url: str
    """URL or local file."""

    def to_dict(self) -> dict[str, Any]:
        audio_url = self.audio_url

        image_url = self.image_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "audio_url": audio_url,
                "image_url": image_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        audio_url = d.pop("audio_url")

        image_url = d.pop("image_url")

        sync_lipsync_v3_image_to_video_input = cls(
            audio_url=audio_url,
            image_url=image_url,
        )

        return sync_lipsync_v3_image_to_video_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.veed_avatars_audio_to_video_input_avatar_id import (
    VeedAvatarsAudioToVideoInputAvatarId,
    check_veed_avatars_audio_to_video_input_avatar_id,
)

if TYPE_CHECKING:
    from .veed_avatars_audio_to_video_output import VeedAvatarsAudioToVideoOutput  # noqa: F401


T = TypeVar("T", bound="VeedAvatarsAudioToVideoInput")


@_attrs_define
class VeedAvatarsAudioToVideoInput(
    FalInput["VeedAvatarsAudioToVideoOutput"], endpoint="veed/avatars/audio-to-video"
):
    """Input of `veed/avatars/audio-to-video` (audio-to-video)."""

    avatar_id: VeedAvatarsAudioToVideoInputAvatarId
    """Avatar Id: one of "emily_vertical_primary", "emily_vertical_secondary",
    "marcus_vertical_primary", "marcus_vertical_secondary", "mira_vertical_primary",
    "mira_vertical_secondary", "jasmine_vertical_primary", "jasmine_vertical_secondary", ... (28
    values)."""
    audio_url: str
    """Audio Url: string, 1 to 2,083 characters."""

    def to_dict(self) -> dict[str, Any]:
        avatar_id: str = self.avatar_id

        audio_url = self.audio_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "avatar_id": avatar_id,
                "audio_url": audio_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        avatar_id = check_veed_avatars_audio_to_video_input_avatar_id(d.pop("avatar_id"))

        audio_url = d.pop("audio_url")

        veed_avatars_audio_to_video_input = cls(
            avatar_id=avatar_id,
            audio_url=audio_url,
        )

        return veed_avatars_audio_to_video_input

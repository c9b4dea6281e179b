from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.argil_avatars_audio_to_video_input_avatar import (
    ArgilAvatarsAudioToVideoInputAvatar,
    check_argil_avatars_audio_to_video_input_avatar,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .argil_avatars_audio_to_video_output import ArgilAvatarsAudioToVideoOutput  # noqa: F401


T = TypeVar("T", bound="ArgilAvatarsAudioToVideoInput")


@_attrs_define
class ArgilAvatarsAudioToVideoInput(
    FalInput["ArgilAvatarsAudioToVideoOutput"], endpoint="argil/avatars/audio-to-video"
):
    """Input of `argil/avatars/audio-to-video` (audio-to-video)."""

    avatar: ArgilAvatarsAudioToVideoInputAvatar
    """Avatar: one of "Mia outdoor (UGC)", "Lara (Masterclass)", "Ines (UGC)", "Maria
    (Masterclass)", "Emma (UGC)", "Sienna (Masterclass)", "Elena (UGC)", "Jasmine
    (Masterclass)", ... (28 values)."""
    audio_url: str
    """Audio Url: string."""
    remove_background: bool | Unset = UNSET
    """Remove Background: boolean. Server default: false."""

    def to_dict(self) -> dict[str, Any]:
        avatar: str = self.avatar

        audio_url = self.audio_url

        remove_background = self.remove_background

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "avatar": avatar,
                "audio_url": audio_url,
            }
        )
        if remove_background is not UNSET:
            field_dict["remove_background"] = remove_background

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        avatar = check_argil_avatars_audio_to_video_input_avatar(d.pop("avatar"))

        audio_url = d.pop("audio_url")

        remove_background = d.pop("remove_background", UNSET)

        argil_avatars_audio_to_video_input = cls(
            avatar=avatar,
            audio_url=audio_url,
            remove_background=remove_background,
        )

        return argil_avatars_audio_to_video_input

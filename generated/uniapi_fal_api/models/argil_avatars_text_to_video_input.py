from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.argil_avatars_text_to_video_input_avatar import (
    ArgilAvatarsTextToVideoInputAvatar,
    check_argil_avatars_text_to_video_input_avatar,
)
from ..models.argil_avatars_text_to_video_input_voice import (
    ArgilAvatarsTextToVideoInputVoice,
    check_argil_avatars_text_to_video_input_voice,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .argil_avatars_text_to_video_output import ArgilAvatarsTextToVideoOutput  # noqa: F401


T = TypeVar("T", bound="ArgilAvatarsTextToVideoInput")


@_attrs_define
class ArgilAvatarsTextToVideoInput(
    FalInput["ArgilAvatarsTextToVideoOutput"], endpoint="argil/avatars/text-to-video"
):
    """Input of `argil/avatars/text-to-video` (text-to-video)."""

    avatar: ArgilAvatarsTextToVideoInputAvatar
    """Avatar: one of "Mia outdoor (UGC)", "Lara (Masterclass)", "Ines (UGC)", "Maria
    (Masterclass)", "Emma (UGC)", "Sienna (Masterclass)", "Elena (UGC)", "Jasmine
    (Masterclass)", ... (28 values)."""
    text: str
    """Text: string."""
    voice: ArgilAvatarsTextToVideoInputVoice
    """Voice: one of "Rachel", "Clyde", "Roger", "Sarah", "Laura", "Thomas", "Charlie", "George",
    ... (20 values)."""
    remove_background: bool | Unset = UNSET
    """Remove Background: boolean. Server default: false."""

    def to_dict(self) -> dict[str, Any]:
        avatar: str = self.avatar

        text = self.text

        voice: str = self.voice

        remove_background = self.remove_background

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "avatar": avatar,
                "text": text,
                "voice": voice,
            }
        )
        if remove_background is not UNSET:
            field_dict["remove_background"] = remove_background

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        avatar = check_argil_avatars_text_to_video_input_avatar(d.pop("avatar"))

        text = d.pop("text")

        voice = check_argil_avatars_text_to_video_input_voice(d.pop("voice"))

        remove_background = d.pop("remove_background", UNSET)

        argil_avatars_text_to_video_input = cls(
            avatar=avatar,
            text=text,
            voice=voice,
            remove_background=remove_background,
        )

        return argil_avatars_text_to_video_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.veed_avatars_text_to_video_input_avatar_id import (
    VeedAvatarsTextToVideoInputAvatarId,
    check_veed_avatars_text_to_video_input_avatar_id,
)

if TYPE_CHECKING:
    from .veed_avatars_text_to_video_output import VeedAvatarsTextToVideoOutput  # noqa: F401


T = TypeVar("T", bound="VeedAvatarsTextToVideoInput")


@_attrs_define
class VeedAvatarsTextToVideoInput(
    FalInput["VeedAvatarsTextToVideoOutput"], endpoint="veed/avatars/text-to-video"
):
    """Input of `veed/avatars/text-to-video` (text-to-video)."""

    avatar_id: VeedAvatarsTextToVideoInputAvatarId
    """Avatar Id: one of "emily_vertical_primary", "emily_vertical_secondary",
    "marcus_vertical_primary", "marcus_vertical_secondary", "mira_vertical_primary",
    "mira_vertical_secondary", "jasmine_vertical_primary", "jasmine_vertical_secondary", ... (28
    values)."""
    text: str
    """Text: string."""

    def to_dict(self) -> dict[str, Any]:
        avatar_id: str = self.avatar_id

        text = self.text

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "avatar_id": avatar_id,
                "text": text,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        avatar_id = check_veed_avatars_text_to_video_input_avatar_id(d.pop("avatar_id"))

        text = d.pop("text")

        veed_avatars_text_to_video_input = cls(
            avatar_id=avatar_id,
            text=text,
        )

        return veed_avatars_text_to_video_input

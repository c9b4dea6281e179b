from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.pixverse_lipsync_input_voice_id import (
    PixverseLipsyncInputVoiceId,
    check_pixverse_lipsync_input_voice_id,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .pixverse_lipsync_output import PixverseLipsyncOutput  # noqa: F401


T = TypeVar("T", bound="PixverseLipsyncInput")


@_attrs_define
class PixverseLipsyncInput(FalInput["PixverseLipsyncOutput"], endpoint="fal-ai/pixverse/lipsync"):
    """Input of `fal-ai/pixverse/lipsync` (video-to-video)."""

    video_url: str
    """Video Url: string."""
    audio_url: str | Unset = UNSET
    """Audio Url: string."""
    voice_id: PixverseLipsyncInputVoiceId | Unset = UNSET
    """Voice Id: one of "Emily", "James", "Isabella", "Liam", "Chloe", "Adrian", "Harper", "Ava",
    ... (15 values). Server default: "Auto"."""
    text: str | Unset = UNSET
    """Text: string."""

    def to_dict(self) -> dict[str, Any]:
        video_url = self.video_url

        audio_url = self.audio_url

        voice_id: str | Unset = UNSET
        if not isinstance(self.voice_id, Unset):
            voice_id = self.voice_id

        text = self.text

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "video_url": video_url,
            }
        )
        if audio_url is not UNSET:
            field_dict["audio_url"] = audio_url
        if voice_id is not UNSET:
            field_dict["voice_id"] = voice_id
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        video_url = d.pop("video_url")

        audio_url = d.pop("audio_url", UNSET)

        _voice_id = d.pop("voice_id", UNSET)
        voice_id: PixverseLipsyncInputVoiceId | Unset
        if isinstance(_voice_id, Unset):
            voice_id = UNSET
        else:
            voice_id = check_pixverse_lipsync_input_voice_id(_voice_id)

        text = d.pop("text", UNSET)

        pixverse_lipsync_input = cls(
            video_url=video_url,
            audio_url=audio_url,
            voice_id=voice_id,
            text=text,
        )

        return pixverse_lipsync_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput

if TYPE_CHECKING:
    from .kling_video_create_voice_output import KlingVideoCreateVoiceOutput  # noqa: F401


T = TypeVar("T", bound="KlingVideoCreateVoiceInput")


@_attrs_define
class KlingVideoCreateVoiceInput(
    FalInput["KlingVideoCreateVoiceOutput"], endpoint="fal-ai/kling-video/create-voice"
):
    """Input of `fal-ai/kling-video/create-voice` (audio-to-audio)."""

    voice_url: str
    """Voice Url: string."""

    def to_dict(self) -> dict[str, Any]:
        voice_url = self.voice_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "voice_url": voice_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        voice_url = d.pop("voice_url")

        kling_video_create_voice_input = cls(
            voice_url=voice_url,
        )

        return kling_video_create_voice_input

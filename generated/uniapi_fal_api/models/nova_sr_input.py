from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.nova_sr_input_audio_format import (
    NovaSrInputAudioFormat,
    check_nova_sr_input_audio_format,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .nova_sr_output import NovaSrOutput  # noqa: F401


T = TypeVar("T", bound="NovaSrInput")


@_attrs_define
class NovaSrInput(FalInput["NovaSrOutput"], endpoint="fal-ai/nova-sr"):
    """Input of `fal-ai/nova-sr` (audio-to-audio). fal no longer lists this endpoint."""

    audio_url: str
    """Audio URL: string."""
    sync_mode: bool | Unset = UNSET
    """Sync Mode: boolean. Server default: false."""
    audio_format: NovaSrInputAudioFormat | Unset = UNSET
    """Audio Format: one of "mp3", "aac", "m4a", "ogg", "opus", "flac", "wav". Server default:
    "mp3"."""
    bitrate: str | Unset = UNSET
    """Bitrate: string. Server default: "192k"."""

    def to_dict(self) -> dict[str, Any]:
        audio_url = self.audio_url

        sync_mode = self.sync_mode

        audio_format: str | Unset = UNSET
        if not isinstance(self.audio_format, Unset):
            audio_format = self.audio_format

        bitrate = self.bitrate

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "audio_url": audio_url,
            }
        )
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode
        if audio_format is not UNSET:
            field_dict["audio_format"] = audio_format
        if bitrate is not UNSET:
            field_dict["bitrate"] = bitrate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        audio_url = d.pop("audio_url")

        sync_mode = d.pop("sync_mode", UNSET)

        _audio_format = d.pop("audio_format", UNSET)
        audio_format: NovaSrInputAudioFormat | Unset
        if isinstance(_audio_format, Unset):
            audio_format = UNSET
        else:
            audio_format = check_nova_sr_input_audio_format(_audio_format)

        bitrate = d.pop("bitrate", UNSET)

        nova_sr_input = cls(
            audio_url=audio_url,
            sync_mode=sync_mode,
            audio_format=audio_format,
            bitrate=bitrate,
        )

        return nova_sr_input

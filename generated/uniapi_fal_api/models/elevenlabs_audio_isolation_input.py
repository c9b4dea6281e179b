from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .elevenlabs_audio_isolation_output import ElevenlabsAudioIsolationOutput  # noqa: F401


T = TypeVar("T", bound="ElevenlabsAudioIsolationInput")


@_attrs_define
class ElevenlabsAudioIsolationInput(
    FalInput["ElevenlabsAudioIsolationOutput"], endpoint="fal-ai/elevenlabs/audio-isolation"
):
    """Input of `fal-ai/elevenlabs/audio-isolation` (audio-to-audio)."""

    audio_url: None | str | Unset = UNSET
    """Audio Url: string or None."""
    video_url: None | str | Unset = UNSET
    """Video Url: string or None."""

    def to_dict(self) -> dict[str, Any]:
        audio_url: None | str | Unset
        if isinstance(self.audio_url, Unset):
            audio_url = UNSET
        else:
            audio_url = self.audio_url

        video_url: None | str | Unset
        if isinstance(self.video_url, Unset):
            video_url = UNSET
        else:
            video_url = self.video_url

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if audio_url is not UNSET:
            field_dict["audio_url"] = audio_url
        if video_url is not UNSET:
            field_dict["video_url"] = video_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_audio_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        audio_url = _parse_audio_url(d.pop("audio_url", UNSET))

        def _parse_video_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        video_url = _parse_video_url(d.pop("video_url", UNSET))

        elevenlabs_audio_isolation_input = cls(
            audio_url=audio_url,
            video_url=video_url,
        )

        return elevenlabs_audio_isolation_input

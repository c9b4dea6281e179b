from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput

if TYPE_CHECKING:
    from .dia_tts_voice_clone_output import DiaTtsVoiceCloneOutput  # noqa: F401


T = TypeVar("T", bound="DiaTtsVoiceCloneInput")


@_attrs_define
class DiaTtsVoiceCloneInput(
    FalInput["DiaTtsVoiceCloneOutput"], endpoint="fal-ai/dia-tts/voice-clone"
):
    """Input of `fal-ai/dia-tts/voice-clone` (audio-to-audio)."""

    text: str
    """Text: string."""
    ref_audio_url: str
    """Reference Audio URL: string."""
    ref_text: str
    """Reference Text for the Reference Audio: string."""

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        ref_audio_url = self.ref_audio_url

        ref_text = self.ref_text

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "text": text,
                "ref_audio_url": ref_audio_url,
                "ref_text": ref_text,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text = d.pop("text")

        ref_audio_url = d.pop("ref_audio_url")

        ref_text = d.pop("ref_text")

        dia_tts_voice_clone_input = cls(
            text=text,
            ref_audio_url=ref_audio_url,
            ref_text=ref_text,
        )

        return dia_tts_voice_clone_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.f5_tts_input_model_type import (
    F5TtsInputModelType,
    check_f5_tts_input_model_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .f5_tts_output import F5TtsOutput  # noqa: F401


T = TypeVar("T", bound="F5TtsInput")


@_attrs_define
class F5TtsInput(FalInput["F5TtsOutput"], endpoint="fal-ai/f5-tts"):
    """Input of `fal-ai/f5-tts` (text-to-audio)."""

    gen_text: str
    """Text to be converted to speech: string."""
    ref_audio_url: str
    """Reference Audio URL: string."""
    model_type: F5TtsInputModelType
    """Model Type: one of "F5-TTS", "E2-TTS"."""
    ref_text: str | Unset = UNSET
    """Reference Text for the Reference Audio: string. Server default: ""."""
    remove_silence: bool | Unset = UNSET
    """Remove Silence: boolean. Server default: true."""

    def to_dict(self) -> dict[str, Any]:
        gen_text = self.gen_text

        ref_audio_url = self.ref_audio_url

        model_type: str = self.model_type

        ref_text = self.ref_text

        remove_silence = self.remove_silence

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "gen_text": gen_text,
                "ref_audio_url": ref_audio_url,
                "model_type": model_type,
            }
        )
        if ref_text is not UNSET:
            field_dict["ref_text"] = ref_text
        if remove_silence is not UNSET:
            field_dict["remove_silence"] = remove_silence

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        gen_text = d.pop("gen_text")

        ref_audio_url = d.pop("ref_audio_url")

        model_type = check_f5_tts_input_model_type(d.pop("model_type"))

        ref_text = d.pop("ref_text", UNSET)

        remove_silence = d.pop("remove_silence", UNSET)

        f5_tts_input = cls(
            gen_text=gen_text,
            ref_audio_url=ref_audio_url,
            model_type=model_type,
            ref_text=ref_text,
            remove_silence=remove_silence,
        )

        return f5_tts_input

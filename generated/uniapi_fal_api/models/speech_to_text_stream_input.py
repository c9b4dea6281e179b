from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .speech_to_text_stream_output import SpeechToTextStreamOutput  # noqa: F401


T = TypeVar("T", bound="SpeechToTextStreamInput")


@_attrs_define
class SpeechToTextStreamInput(
    FalInput["SpeechToTextStreamOutput"], endpoint="fal-ai/speech-to-text/stream"
):
    """Input of `fal-ai/speech-to-text/stream` (speech-to-text). fal no longer lists this endpoint."""

    audio_url: str
    """Audio Path: string."""
    use_pnc: bool | Unset = UNSET
    """Use Punctuation/Capitalization (PnC): boolean. Server default: true."""

    def to_dict(self) -> dict[str, Any]:
        audio_url = self.audio_url

        use_pnc = self.use_pnc

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "audio_url": audio_url,
            }
        )
        if use_pnc is not UNSET:
            field_dict["use_pnc"] = use_pnc

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        audio_url = d.pop("audio_url")

        use_pnc = d.pop("use_pnc", UNSET)

        speech_to_text_stream_input = cls(
            audio_url=audio_url,
            use_pnc=use_pnc,
        )

        return speech_to_text_stream_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.xai_tts_v1_input_language import (
    XaiTtsV1InputLanguage,
    check_xai_tts_v1_input_language,
)
from ..models.xai_tts_v1_input_voice import (
    XaiTtsV1InputVoice,
    check_xai_tts_v1_input_voice,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.output_format import OutputFormat
    from .xai_tts_v1_output import XaiTtsV1Output  # noqa: F401


T = TypeVar("T", bound="XaiTtsV1Input")


@_attrs_define
class XaiTtsV1Input(FalInput["XaiTtsV1Output"], endpoint="xai/tts/v1"):
    """Input of `xai/tts/v1` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript types): types,
    enums and required fields are checked before sending, bounds and lengths are not.

    """

    text: str
    """String."""
    language: XaiTtsV1InputLanguage | Unset = UNSET
    """One of "auto", "en", "ar-EG", "ar-SA", "ar-AE", "bn", "zh", "fr", ... (21 values). Server
    default: "auto"."""
    output_format: OutputFormat | Unset = UNSET
    """OutputFormat."""
    voice: XaiTtsV1InputVoice | Unset = UNSET
    """One of "eve", "ara", "rex", "sal", "leo". Server default: "eve"."""

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        language: str | Unset = UNSET
        if not isinstance(self.language, Unset):
            language = self.language

        output_format: dict[str, Any] | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format.to_dict()

        voice: str | Unset = UNSET
        if not isinstance(self.voice, Unset):
            voice = self.voice

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "text": text,
            }
        )
        if language is not UNSET:
            field_dict["language"] = language
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if voice is not UNSET:
            field_dict["voice"] = voice

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.output_format import OutputFormat  # noqa: PLC0415

        d = dict(src_dict)
        text = d.pop("text")

        _language = d.pop("language", UNSET)
        language: XaiTtsV1InputLanguage | Unset
        if isinstance(_language, Unset):
            language = UNSET
        else:
            language = check_xai_tts_v1_input_language(_language)

        _output_format = d.pop("output_format", UNSET)
        output_format: OutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = OutputFormat.from_dict(_output_format)

        _voice = d.pop("voice", UNSET)
        voice: XaiTtsV1InputVoice | Unset
        if isinstance(_voice, Unset):
            voice = UNSET
        else:
            voice = check_xai_tts_v1_input_voice(_voice)

        xai_tts_v1_input = cls(
            text=text,
            language=language,
            output_format=output_format,
            voice=voice,
        )

        return xai_tts_v1_input

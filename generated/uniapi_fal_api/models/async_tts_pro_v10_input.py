from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.async_tts_pro_v10_input_language import (
    AsyncTtsProV10InputLanguage,
    check_async_tts_pro_v10_input_language,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.output_format import OutputFormat
    from ..models.voice import Voice
    from .async_tts_pro_v10_output import AsyncTtsProV10Output  # noqa: F401


T = TypeVar("T", bound="AsyncTtsProV10Input")


@_attrs_define
class AsyncTtsProV10Input(FalInput["AsyncTtsProV10Output"], endpoint="async/tts-pro/v1.0"):
    """Input of `async/tts-pro/v1.0` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript types):
    types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    transcript: str
    """String."""
    voice: Voice
    """Voice."""
    language: AsyncTtsProV10InputLanguage | Unset = UNSET
    """One of "en", "fr", "es", "de", "it", "pt"."""
    output_format: OutputFormat | Unset = UNSET
    """OutputFormat."""

    def to_dict(self) -> dict[str, Any]:
        transcript = self.transcript

        voice = self.voice.to_dict()

        language: str | Unset = UNSET
        if not isinstance(self.language, Unset):
            language = self.language

        output_format: dict[str, Any] | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "transcript": transcript,
                "voice": voice,
            }
        )
        if language is not UNSET:
            field_dict["language"] = language
        if output_format is not UNSET:
            field_dict["output_format"] = output_format

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.output_format import OutputFormat  # noqa: PLC0415
        from ..models.voice import Voice  # noqa: PLC0415

        d = dict(src_dict)
        transcript = d.pop("transcript")

        voice = Voice.from_dict(d.pop("voice"))

        _language = d.pop("language", UNSET)
        language: AsyncTtsProV10InputLanguage | Unset
        if isinstance(_language, Unset):
            language = UNSET
        else:
            language = check_async_tts_pro_v10_input_language(_language)

        _output_format = d.pop("output_format", UNSET)
        output_format: OutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = OutputFormat.from_dict(_output_format)

        async_tts_pro_v10_input = cls(
            transcript=transcript,
            voice=voice,
            language=language,
            output_format=output_format,
        )

        return async_tts_pro_v10_input

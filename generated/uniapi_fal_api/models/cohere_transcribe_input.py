from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.cohere_transcribe_input_language import (
    CohereTranscribeInputLanguage,
    check_cohere_transcribe_input_language,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .cohere_transcribe_output import CohereTranscribeOutput  # noqa: F401


T = TypeVar("T", bound="CohereTranscribeInput")


@_attrs_define
class CohereTranscribeInput(
    FalInput["CohereTranscribeOutput"], endpoint="fal-ai/cohere-transcribe"
):
    """Input of `fal-ai/cohere-transcribe` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript
    types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    audio_url: str
    """URL or local file."""
    language: CohereTranscribeInputLanguage | Unset = UNSET
    """One of "en", "fr", "de", "it", "es", "pt", "el", "nl", ... (14 values). Server default:
    "en"."""
    max_new_tokens: float | Unset = UNSET
    """Number. Server default: 256."""
    punctuation: bool | Unset = UNSET
    """Boolean. Server default: true."""

    def to_dict(self) -> dict[str, Any]:
        audio_url = self.audio_url

        language: str | Unset = UNSET
        if not isinstance(self.language, Unset):
            language = self.language

        max_new_tokens = self.max_new_tokens

        punctuation = self.punctuation

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "audio_url": audio_url,
            }
        )
        if language is not UNSET:
            field_dict["language"] = language
        if max_new_tokens is not UNSET:
            field_dict["max_new_tokens"] = max_new_tokens
        if punctuation is not UNSET:
            field_dict["punctuation"] = punctuation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        audio_url = d.pop("audio_url")

        _language = d.pop("language", UNSET)
        language: CohereTranscribeInputLanguage | Unset
        if isinstance(_language, Unset):
            language = UNSET
        else:
            language = check_cohere_transcribe_input_language(_language)

        max_new_tokens = d.pop("max_new_tokens", UNSET)

        punctuation = d.pop("punctuation", UNSET)

        cohere_transcribe_input = cls(
            audio_url=audio_url,
            language=language,
            max_new_tokens=max_new_tokens,
            punctuation=punctuation,
        )

        return cohere_transcribe_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.transcription_word import TranscriptionWord


T = TypeVar("T", bound="ElevenlabsSpeechToTextOutput")


@_attrs_define
class ElevenlabsSpeechToTextOutput:
    """Output of `fal-ai/elevenlabs/speech-to-text` (speech-to-text)."""

    text: str
    """Text: string."""
    language_code: str
    """Language Code: string."""
    language_probability: float
    """Language Probability: number."""
    words: list[TranscriptionWord]
    """Words: list of TranscriptionWord."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        language_code = self.language_code

        language_probability = self.language_probability

        words = []
        for words_item_data in self.words:
            words_item = words_item_data.to_dict()
            words.append(words_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
                "language_code": language_code,
                "language_probability": language_probability,
                "words": words,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.transcription_word import TranscriptionWord  # noqa: PLC0415

        d = dict(src_dict)
        text = d.pop("text")

        language_code = d.pop("language_code")

        language_probability = d.pop("language_probability")

        words = []
        _words = d.pop("words")
        for words_item_data in _words:
            words_item = TranscriptionWord.from_dict(words_item_data)

            words.append(words_item)

        elevenlabs_speech_to_text_output = cls(
            text=text,
            language_code=language_code,
            language_probability=language_probability,
            words=words,
        )

        elevenlabs_speech_to_text_output.additional_properties = d
        return elevenlabs_speech_to_text_output

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

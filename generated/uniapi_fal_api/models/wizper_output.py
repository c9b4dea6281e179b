from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.wizper_output_languages_item import (
    WizperOutputLanguagesItem,
    check_wizper_output_languages_item,
)

if TYPE_CHECKING:
    from ..models.whisper_chunk_v73646d import WhisperChunkV73646D


T = TypeVar("T", bound="WizperOutput")


@_attrs_define
class WizperOutput:
    """Output of `fal-ai/wizper` (speech-to-text)."""

    text: str
    """Text: string."""
    chunks: list[WhisperChunkV73646D]
    """Chunks: list of WhisperChunkV73646D."""
    languages: list[WizperOutputLanguagesItem]
    """Languages: list of one of "af", "am", "ar", "as", "az", "ba", "be", "bg", ... (99 values)."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        chunks = []
        for chunks_item_data in self.chunks:
            chunks_item = chunks_item_data.to_dict()
            chunks.append(chunks_item)

        languages = []
        for languages_item_data in self.languages:
            languages_item: str = languages_item_data
            languages.append(languages_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
                "chunks": chunks,
                "languages": languages,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.whisper_chunk_v73646d import WhisperChunkV73646D  # noqa: PLC0415

        d = dict(src_dict)
        text = d.pop("text")

        chunks = []
        _chunks = d.pop("chunks")
        for chunks_item_data in _chunks:
            chunks_item = WhisperChunkV73646D.from_dict(chunks_item_data)

            chunks.append(chunks_item)

        languages = []
        _languages = d.pop("languages")
        for languages_item_data in _languages:
            languages_item = check_wizper_output_languages_item(languages_item_data)

            languages.append(languages_item)

        wizper_output = cls(
            text=text,
            chunks=chunks,
            languages=languages,
        )

        wizper_output.additional_properties = d
        return wizper_output

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

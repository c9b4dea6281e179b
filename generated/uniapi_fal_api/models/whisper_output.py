from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.whisper_output_inferred_languages_item import (
    WhisperOutputInferredLanguagesItem,
    check_whisper_output_inferred_languages_item,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.diarization_segment import DiarizationSegment
    from ..models.whisper_chunk import WhisperChunk


T = TypeVar("T", bound="WhisperOutput")


@_attrs_define
class WhisperOutput:
    """Output of `fal-ai/whisper` (speech-to-text). fal no longer lists this endpoint."""

    text: str
    """Text: string."""
    inferred_languages: list[WhisperOutputInferredLanguagesItem]
    """Inferred Languages: list of one of "af", "am", "ar", "as", "az", "ba", "be", "bg", ... (99
    values)."""
    diarization_segments: list[DiarizationSegment]
    """Diarization Segments: list of DiarizationSegment."""
    chunks: list[WhisperChunk] | Unset = UNSET
    """Chunks: list of WhisperChunk."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        inferred_languages = []
        for inferred_languages_item_data in self.inferred_languages:
            inferred_languages_item: str = inferred_languages_item_data
            inferred_languages.append(inferred_languages_item)

        diarization_segments = []
        for diarization_segments_item_data in self.diarization_segments:
            diarization_segments_item = diarization_segments_item_data.to_dict()
            diarization_segments.append(diarization_segments_item)

        chunks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.chunks, Unset):
            chunks = []
            for chunks_item_data in self.chunks:
                chunks_item = chunks_item_data.to_dict()
                chunks.append(chunks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
                "inferred_languages": inferred_languages,
                "diarization_segments": diarization_segments,
            }
        )
        if chunks is not UNSET:
            field_dict["chunks"] = chunks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.diarization_segment import DiarizationSegment  # noqa: PLC0415
        from ..models.whisper_chunk import WhisperChunk  # noqa: PLC0415

        d = dict(src_dict)
        text = d.pop("text")

        inferred_languages = []
        _inferred_languages = d.pop("inferred_languages")
        for inferred_languages_item_data in _inferred_languages:
            inferred_languages_item = check_whisper_output_inferred_languages_item(
                inferred_languages_item_data
            )

            inferred_languages.append(inferred_languages_item)

        diarization_segments = []
        _diarization_segments = d.pop("diarization_segments")
        for diarization_segments_item_data in _diarization_segments:
            diarization_segments_item = DiarizationSegment.from_dict(diarization_segments_item_data)

            diarization_segments.append(diarization_segments_item)

        _chunks = d.pop("chunks", UNSET)
        chunks: list[WhisperChunk] | Unset = UNSET
        if _chunks is not UNSET:
            chunks = []
            for chunks_item_data in _chunks:
                chunks_item = WhisperChunk.from_dict(chunks_item_data)

                chunks.append(chunks_item)

        whisper_output = cls(
            text=text,
            inferred_languages=inferred_languages,
            diarization_segments=diarization_segments,
            chunks=chunks,
        )

        whisper_output.additional_properties = d
        return whisper_output

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fal_file import FalFile
    from ..models.workflow_utilities_auto_subtitle_output_transcription_metadata import (
        WorkflowUtilitiesAutoSubtitleOutputTranscriptionMetadata,
    )
    from ..models.workflow_utilities_auto_subtitle_output_words_item import (
        WorkflowUtilitiesAutoSubtitleOutputWordsItem,
    )


T = TypeVar("T", bound="WorkflowUtilitiesAutoSubtitleOutput")


@_attrs_define
class WorkflowUtilitiesAutoSubtitleOutput:
    """Output of `fal-ai/workflow-utilities/auto-subtitle` (video-to-video)."""

    video: FalFile
    """Video: FalFile."""
    transcription: str
    """Transcription: string."""
    subtitle_count: int
    """Subtitle Count: integer."""
    words: list[WorkflowUtilitiesAutoSubtitleOutputWordsItem] | Unset = UNSET
    """Words: list of object."""
    transcription_metadata: WorkflowUtilitiesAutoSubtitleOutputTranscriptionMetadata | Unset = UNSET
    """Transcription Metadata: object."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        video = self.video.to_dict()

        transcription = self.transcription

        subtitle_count = self.subtitle_count

        words: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.words, Unset):
            words = []
            for words_item_data in self.words:
                words_item = words_item_data.to_dict()
                words.append(words_item)

        transcription_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transcription_metadata, Unset):
            transcription_metadata = self.transcription_metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "video": video,
                "transcription": transcription,
                "subtitle_count": subtitle_count,
            }
        )
        if words is not UNSET:
            field_dict["words"] = words
        if transcription_metadata is not UNSET:
            field_dict["transcription_metadata"] = transcription_metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fal_file import FalFile  # noqa: PLC0415
        from ..models.workflow_utilities_auto_subtitle_output_transcription_metadata import (
            WorkflowUtilitiesAutoSubtitleOutputTranscriptionMetadata,  # noqa: PLC0415
        )
        from ..models.workflow_utilities_auto_subtitle_output_words_item import (
            WorkflowUtilitiesAutoSubtitleOutputWordsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        video = FalFile.from_dict(d.pop("video"))

        transcription = d.pop("transcription")

        subtitle_count = d.pop("subtitle_count")

        _words = d.pop("words", UNSET)
        words: list[WorkflowUtilitiesAutoSubtitleOutputWordsItem] | Unset = UNSET
        if _words is not UNSET:
            words = []
            for words_item_data in _words:
                words_item = WorkflowUtilitiesAutoSubtitleOutputWordsItem.from_dict(words_item_data)

                words.append(words_item)

        _transcription_metadata = d.pop("transcription_metadata", UNSET)
        transcription_metadata: WorkflowUtilitiesAutoSubtitleOutputTranscriptionMetadata | Unset
        if isinstance(_transcription_metadata, Unset):
            transcription_metadata = UNSET
        else:
            transcription_metadata = (
                WorkflowUtilitiesAutoSubtitleOutputTranscriptionMetadata.from_dict(
                    _transcription_metadata
                )
            )

        workflow_utilities_auto_subtitle_output = cls(
            video=video,
            transcription=transcription,
            subtitle_count=subtitle_count,
            words=words,
            transcription_metadata=transcription_metadata,
        )

        workflow_utilities_auto_subtitle_output.additional_properties = d
        return workflow_utilities_auto_subtitle_output

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

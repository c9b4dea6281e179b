from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.wizper_input_language_type_0 import (
    WizperInputLanguageType0,
    check_wizper_input_language_type_0,
)
from ..models.wizper_input_task import WizperInputTask, check_wizper_input_task
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .wizper_output import WizperOutput  # noqa: F401


T = TypeVar("T", bound="WizperInput")


@_attrs_define
class WizperInput(FalInput["WizperOutput"], endpoint="fal-ai/wizper"):
    """Input of `fal-ai/wizper` (speech-to-text)."""

    audio_url: str
    """Audio Url: string."""
    task: WizperInputTask | Unset = UNSET
    """Task: one of "transcribe", "translate". Server default: "transcribe"."""
    language: None | Unset | WizperInputLanguageType0 = UNSET
    """Language: one of "af", "am", "ar", "as", "az", "ba", "be", "bg", ... (99 values) or None.
    Server default: "en"."""
    chunk_level: Literal["segment"] | Unset = UNSET
    """Chunk Level: always "segment". Server default: "segment"."""
    max_segment_len: int | Unset = UNSET
    """Max Segment Len: integer, 10 to 29. Server default: 29."""
    merge_chunks: bool | Unset = UNSET
    """Merge Chunks: boolean. Server default: true."""
    version: Literal["3"] | Unset = UNSET
    """Version: always "3". Server default: "3"."""

    def to_dict(self) -> dict[str, Any]:
        audio_url = self.audio_url

        task: str | Unset = UNSET
        if not isinstance(self.task, Unset):
            task = self.task

        language: None | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        elif isinstance(self.language, str):
            language = self.language
        else:
            language = self.language

        chunk_level = self.chunk_level

        max_segment_len = self.max_segment_len

        merge_chunks = self.merge_chunks

        version = self.version

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "audio_url": audio_url,
            }
        )
        if task is not UNSET:
            field_dict["task"] = task
        if language is not UNSET:
            field_dict["language"] = language
        if chunk_level is not UNSET:
            field_dict["chunk_level"] = chunk_level
        if max_segment_len is not UNSET:
            field_dict["max_segment_len"] = max_segment_len
        if merge_chunks is not UNSET:
            field_dict["merge_chunks"] = merge_chunks
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        audio_url = d.pop("audio_url")

        _task = d.pop("task", UNSET)
        task: WizperInputTask | Unset
        if isinstance(_task, Unset):
            task = UNSET
        else:
            task = check_wizper_input_task(_task)

        def _parse_language(data: object) -> None | Unset | WizperInputLanguageType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                language_type_0 = check_wizper_input_language_type_0(data)

                return language_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WizperInputLanguageType0, data)

        language = _parse_language(d.pop("language", UNSET))

        chunk_level = cast(Literal["segment"] | Unset, d.pop("chunk_level", UNSET))
        if chunk_level != "segment" and not isinstance(chunk_level, Unset):
            raise ValueError(f"chunk_level must match const 'segment', got '{chunk_level}'")

        max_segment_len = d.pop("max_segment_len", UNSET)

        merge_chunks = d.pop("merge_chunks", UNSET)

        version = cast(Literal["3"] | Unset, d.pop("version", UNSET))
        if version != "3" and not isinstance(version, Unset):
            raise ValueError(f"version must match const '3', got '{version}'")

        wizper_input = cls(
            audio_url=audio_url,
            task=task,
            language=language,
            chunk_level=chunk_level,
            max_segment_len=max_segment_len,
            merge_chunks=merge_chunks,
            version=version,
        )

        return wizper_input

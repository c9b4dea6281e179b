from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.whisper_input_chunk_level import (
    WhisperInputChunkLevel,
    check_whisper_input_chunk_level,
)
from ..models.whisper_input_language_type_0 import (
    WhisperInputLanguageType0,
    check_whisper_input_language_type_0,
)
from ..models.whisper_input_task import WhisperInputTask, check_whisper_input_task
from ..models.whisper_input_version import (
    WhisperInputVersion,
    check_whisper_input_version,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .whisper_output import WhisperOutput  # noqa: F401


T = TypeVar("T", bound="WhisperInput")


@_attrs_define
class WhisperInput(FalInput["WhisperOutput"], endpoint="fal-ai/whisper"):
    """Input of `fal-ai/whisper` (speech-to-text). fal no longer lists this endpoint."""

    audio_url: str
    """Audio Url: string."""
    task: WhisperInputTask | Unset = UNSET
    """Task: one of "transcribe", "translate". Server default: "transcribe"."""
    language: None | Unset | WhisperInputLanguageType0 = UNSET
    """Language: one of "af", "am", "ar", "as", "az", "ba", "be", "bg", ... (99 values) or None."""
    diarize: bool | Unset = UNSET
    """Diarize: boolean. Server default: false."""
    chunk_level: WhisperInputChunkLevel | Unset = UNSET
    """Chunk Level: one of "none", "segment", "word". Server default: "segment"."""
    version: WhisperInputVersion | Unset = UNSET
    """Version: one of "3". Server default: "3"."""
    batch_size: int | Unset = UNSET
    """Batch Size: integer, 1 to 64. Server default: 64."""
    prompt: str | Unset = UNSET
    """Prompt: string. Server default: ""."""
    num_speakers: int | None | Unset = UNSET
    """Num Speakers: integer or None, at least 1."""

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

        diarize = self.diarize

        chunk_level: str | Unset = UNSET
        if not isinstance(self.chunk_level, Unset):
            chunk_level = self.chunk_level

        version: str | Unset = UNSET
        if not isinstance(self.version, Unset):
            version = self.version

        batch_size = self.batch_size

        prompt = self.prompt

        num_speakers: int | None | Unset
        if isinstance(self.num_speakers, Unset):
            num_speakers = UNSET
        else:
            num_speakers = self.num_speakers

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
        if diarize is not UNSET:
            field_dict["diarize"] = diarize
        if chunk_level is not UNSET:
            field_dict["chunk_level"] = chunk_level
        if version is not UNSET:
            field_dict["version"] = version
        if batch_size is not UNSET:
            field_dict["batch_size"] = batch_size
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if num_speakers is not UNSET:
            field_dict["num_speakers"] = num_speakers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        audio_url = d.pop("audio_url")

        _task = d.pop("task", UNSET)
        task: WhisperInputTask | Unset
        if isinstance(_task, Unset):
            task = UNSET
        else:
            task = check_whisper_input_task(_task)

        def _parse_language(data: object) -> None | Unset | WhisperInputLanguageType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                language_type_0 = check_whisper_input_language_type_0(data)

                return language_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WhisperInputLanguageType0, data)

        language = _parse_language(d.pop("language", UNSET))

        diarize = d.pop("diarize", UNSET)

        _chunk_level = d.pop("chunk_level", UNSET)
        chunk_level: WhisperInputChunkLevel | Unset
        if isinstance(_chunk_level, Unset):
            chunk_level = UNSET
        else:
            chunk_level = check_whisper_input_chunk_level(_chunk_level)

        _version = d.pop("version", UNSET)
        version: WhisperInputVersion | Unset
        if isinstance(_version, Unset):
            version = UNSET
        else:
            version = check_whisper_input_version(_version)

        batch_size = d.pop("batch_size", UNSET)

        prompt = d.pop("prompt", UNSET)

        def _parse_num_speakers(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        num_speakers = _parse_num_speakers(d.pop("num_speakers", UNSET))

        whisper_input = cls(
            audio_url=audio_url,
            task=task,
            language=language,
            diarize=diarize,
            chunk_level=chunk_level,
            version=version,
            batch_size=batch_size,
            prompt=prompt,
            num_speakers=num_speakers,
        )

        return whisper_input

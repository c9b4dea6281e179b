from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.ffmpeg_api_merge_audios_input_output_format_type_0 import (
    FfmpegApiMergeAudiosInputOutputFormatType0,
    check_ffmpeg_api_merge_audios_input_output_format_type_0,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .ffmpeg_api_merge_audios_output import FfmpegApiMergeAudiosOutput  # noqa: F401


T = TypeVar("T", bound="FfmpegApiMergeAudiosInput")


@_attrs_define
class FfmpegApiMergeAudiosInput(
    FalInput["FfmpegApiMergeAudiosOutput"], endpoint="fal-ai/ffmpeg-api/merge-audios"
):
    """Input of `fal-ai/ffmpeg-api/merge-audios` (audio-to-audio)."""

    audio_urls: list[str]
    """Audio Urls: list of string, 2 to 5 items."""
    output_format: FfmpegApiMergeAudiosInputOutputFormatType0 | None | Unset = UNSET
    """Output Format: one of "mp3_22050_32", "mp3_44100_32", "mp3_44100_64", "mp3_44100_96",
    "mp3_44100_128", "mp3_44100_192", "pcm_8000", "pcm_16000", ... (19 values) or None."""

    def to_dict(self) -> dict[str, Any]:
        audio_urls = self.audio_urls

        output_format: None | str | Unset
        if isinstance(self.output_format, Unset):
            output_format = UNSET
        elif isinstance(self.output_format, str):
            output_format = self.output_format
        else:
            output_format = self.output_format

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "audio_urls": audio_urls,
            }
        )
        if output_format is not UNSET:
            field_dict["output_format"] = output_format

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        audio_urls = cast(list[str], d.pop("audio_urls"))

        def _parse_output_format(
            data: object,
        ) -> FfmpegApiMergeAudiosInputOutputFormatType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                output_format_type_0 = check_ffmpeg_api_merge_audios_input_output_format_type_0(
                    data
                )

                return output_format_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FfmpegApiMergeAudiosInputOutputFormatType0 | None | Unset, data)

        output_format = _parse_output_format(d.pop("output_format", UNSET))

        ffmpeg_api_merge_audios_input = cls(
            audio_urls=audio_urls,
            output_format=output_format,
        )

        return ffmpeg_api_merge_audios_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.sam_audio_span_separate_input_acceleration import (
    SamAudioSpanSeparateInputAcceleration,
    check_sam_audio_span_separate_input_acceleration,
)
from ..models.sam_audio_span_separate_input_output_format import (
    SamAudioSpanSeparateInputOutputFormat,
    check_sam_audio_span_separate_input_output_format,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audio_time_span import AudioTimeSpan
    from .sam_audio_span_separate_output import SamAudioSpanSeparateOutput  # noqa: F401


T = TypeVar("T", bound="SamAudioSpanSeparateInput")


@_attrs_define
class SamAudioSpanSeparateInput(
    FalInput["SamAudioSpanSeparateOutput"], endpoint="fal-ai/sam-audio/span-separate"
):
    """Input of `fal-ai/sam-audio/span-separate` (audio-to-audio)."""

    audio_url: str
    """Audio Url: string."""
    spans: list[AudioTimeSpan]
    """Spans: list of AudioTimeSpan."""
    prompt: str | Unset = UNSET
    """Prompt: string."""
    reranking_candidates: int | Unset = UNSET
    """Reranking Candidates: integer, 1 to 4. Server default: 1."""
    acceleration: SamAudioSpanSeparateInputAcceleration | Unset = UNSET
    """Acceleration: one of "fast", "balanced", "quality". Server default: "balanced"."""
    trim_to_span: bool | Unset = UNSET
    """Trim To Span: boolean. Server default: false."""
    output_format: SamAudioSpanSeparateInputOutputFormat | Unset = UNSET
    """Output Format: one of "wav", "mp3". Server default: "wav"."""

    def to_dict(self) -> dict[str, Any]:
        audio_url = self.audio_url

        spans = []
        for spans_item_data in self.spans:
            spans_item = spans_item_data.to_dict()
            spans.append(spans_item)

        prompt = self.prompt

        reranking_candidates = self.reranking_candidates

        acceleration: str | Unset = UNSET
        if not isinstance(self.acceleration, Unset):
            acceleration = self.acceleration

        trim_to_span = self.trim_to_span

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "audio_url": audio_url,
                "spans": spans,
            }
        )
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if reranking_candidates is not UNSET:
            field_dict["reranking_candidates"] = reranking_candidates
        if acceleration is not UNSET:
            field_dict["acceleration"] = acceleration
        if trim_to_span is not UNSET:
            field_dict["trim_to_span"] = trim_to_span
        if output_format is not UNSET:
            field_dict["output_format"] = output_format

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audio_time_span import AudioTimeSpan  # noqa: PLC0415

        d = dict(src_dict)
        audio_url = d.pop("audio_url")

        spans = []
        _spans = d.pop("spans")
        for spans_item_data in _spans:
            spans_item = AudioTimeSpan.from_dict(spans_item_data)

            spans.append(spans_item)

        prompt = d.pop("prompt", UNSET)

        reranking_candidates = d.pop("reranking_candidates", UNSET)

        _acceleration = d.pop("acceleration", UNSET)
        acceleration: SamAudioSpanSeparateInputAcceleration | Unset
        if isinstance(_acceleration, Unset):
            acceleration = UNSET
        else:
            acceleration = check_sam_audio_span_separate_input_acceleration(_acceleration)

        trim_to_span = d.pop("trim_to_span", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: SamAudioSpanSeparateInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_sam_audio_span_separate_input_output_format(_output_format)

        sam_audio_span_separate_input = cls(
            audio_url=audio_url,
            spans=spans,
            prompt=prompt,
            reranking_candidates=reranking_candidates,
            acceleration=acceleration,
            trim_to_span=trim_to_span,
            output_format=output_format,
        )

        return sam_audio_span_separate_input

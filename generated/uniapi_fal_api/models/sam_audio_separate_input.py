from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.sam_audio_separate_input_acceleration import (
    SamAudioSeparateInputAcceleration,
    check_sam_audio_separate_input_acceleration,
)
from ..models.sam_audio_separate_input_output_format import (
    SamAudioSeparateInputOutputFormat,
    check_sam_audio_separate_input_output_format,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .sam_audio_separate_output import SamAudioSeparateOutput  # noqa: F401


T = TypeVar("T", bound="SamAudioSeparateInput")


@_attrs_define
class SamAudioSeparateInput(
    FalInput["SamAudioSeparateOutput"], endpoint="fal-ai/sam-audio/separate"
):
    """Input of `fal-ai/sam-audio/separate` (audio-to-audio)."""

    audio_url: str
    """Audio Url: string."""
    prompt: str
    """Prompt: string."""
    predict_spans: bool | Unset = UNSET
    """Predict Spans: boolean. Server default: false."""
    reranking_candidates: int | Unset = UNSET
    """Reranking Candidates: integer, 1 to 4. Server default: 1."""
    acceleration: SamAudioSeparateInputAcceleration | Unset = UNSET
    """Acceleration: one of "fast", "balanced", "quality". Server default: "balanced"."""
    output_format: SamAudioSeparateInputOutputFormat | Unset = UNSET
    """Output Format: one of "wav", "mp3". Server default: "wav"."""

    def to_dict(self) -> dict[str, Any]:
        audio_url = self.audio_url

        prompt = self.prompt

        predict_spans = self.predict_spans

        reranking_candidates = self.reranking_candidates

        acceleration: str | Unset = UNSET
        if not isinstance(self.acceleration, Unset):
            acceleration = self.acceleration

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "audio_url": audio_url,
                "prompt": prompt,
            }
        )
        if predict_spans is not UNSET:
            field_dict["predict_spans"] = predict_spans
        if reranking_candidates is not UNSET:
            field_dict["reranking_candidates"] = reranking_candidates
        if acceleration is not UNSET:
            field_dict["acceleration"] = acceleration
        if output_format is not UNSET:
            field_dict["output_format"] = output_format

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        audio_url = d.pop("audio_url")

        prompt = d.pop("prompt")

        predict_spans = d.pop("predict_spans", UNSET)

        reranking_candidates = d.pop("reranking_candidates", UNSET)

        _acceleration = d.pop("acceleration", UNSET)
        acceleration: SamAudioSeparateInputAcceleration | Unset
        if isinstance(_acceleration, Unset):
            acceleration = UNSET
        else:
            acceleration = check_sam_audio_separate_input_acceleration(_acceleration)

        _output_format = d.pop("output_format", UNSET)
        output_format: SamAudioSeparateInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_sam_audio_separate_input_output_format(_output_format)

        sam_audio_separate_input = cls(
            audio_url=audio_url,
            prompt=prompt,
            predict_spans=predict_spans,
            reranking_candidates=reranking_candidates,
            acceleration=acceleration,
            output_format=output_format,
        )

        return sam_audio_separate_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.sam_audio_visual_separate_input_acceleration import (
    SamAudioVisualSeparateInputAcceleration,
    check_sam_audio_visual_separate_input_acceleration,
)
from ..models.sam_audio_visual_separate_input_output_format import (
    SamAudioVisualSeparateInputOutputFormat,
    check_sam_audio_visual_separate_input_output_format,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .sam_audio_visual_separate_output import SamAudioVisualSeparateOutput  # noqa: F401


T = TypeVar("T", bound="SamAudioVisualSeparateInput")


@_attrs_define
class SamAudioVisualSeparateInput(
    FalInput["SamAudioVisualSeparateOutput"], endpoint="fal-ai/sam-audio/visual-separate"
):
    """Input of `fal-ai/sam-audio/visual-separate` (video-to-audio)."""

    video_url: str
    """Video Url: string."""
    mask_video_url: str | Unset = UNSET
    """Mask Video Url: string."""
    prompt: str | Unset = UNSET
    """Prompt: string. Server default: ""."""
    reranking_candidates: int | Unset = UNSET
    """Reranking Candidates: integer, 1 to 4. Server default: 1."""
    acceleration: SamAudioVisualSeparateInputAcceleration | Unset = UNSET
    """Acceleration: one of "fast", "balanced", "quality". Server default: "balanced"."""
    output_format: SamAudioVisualSeparateInputOutputFormat | Unset = UNSET
    """Output Format: one of "wav", "mp3". Server default: "wav"."""

    def to_dict(self) -> dict[str, Any]:
        video_url = self.video_url

        mask_video_url = self.mask_video_url

        prompt = self.prompt

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
                "video_url": video_url,
            }
        )
        if mask_video_url is not UNSET:
            field_dict["mask_video_url"] = mask_video_url
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
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
        video_url = d.pop("video_url")

        mask_video_url = d.pop("mask_video_url", UNSET)

        prompt = d.pop("prompt", UNSET)

        reranking_candidates = d.pop("reranking_candidates", UNSET)

        _acceleration = d.pop("acceleration", UNSET)
        acceleration: SamAudioVisualSeparateInputAcceleration | Unset
        if isinstance(_acceleration, Unset):
            acceleration = UNSET
        else:
            acceleration = check_sam_audio_visual_separate_input_acceleration(_acceleration)

        _output_format = d.pop("output_format", UNSET)
        output_format: SamAudioVisualSeparateInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_sam_audio_visual_separate_input_output_format(_output_format)

        sam_audio_visual_separate_input = cls(
            video_url=video_url,
            mask_video_url=mask_video_url,
            prompt=prompt,
            reranking_candidates=reranking_candidates,
            acceleration=acceleration,
            output_format=output_format,
        )

        return sam_audio_visual_separate_input

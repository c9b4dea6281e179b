from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.workflow_utilities_audio_compressor_input_output_bitrate import (
    WorkflowUtilitiesAudioCompressorInputOutputBitrate,
    check_workflow_utilities_audio_compressor_input_output_bitrate,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .workflow_utilities_audio_compressor_output import (
        WorkflowUtilitiesAudioCompressorOutput,  # noqa: F401
    )


T = TypeVar("T", bound="WorkflowUtilitiesAudioCompressorInput")


@_attrs_define
class WorkflowUtilitiesAudioCompressorInput(
    FalInput["WorkflowUtilitiesAudioCompressorOutput"],
    endpoint="fal-ai/workflow-utilities/audio-compressor",
):
    """Input of `fal-ai/workflow-utilities/audio-compressor` (unknown). fal publishes no constraints for it (it comes from
    fal's TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    audio_url: str
    """URL or local file."""
    attack: float | Unset = UNSET
    """Number. Server default: 5."""
    knee: float | Unset = UNSET
    """Number. Server default: 2.83."""
    makeup: float | Unset = UNSET
    """Number. Server default: 8."""
    output_bitrate: WorkflowUtilitiesAudioCompressorInputOutputBitrate | Unset = UNSET
    """One of "128k", "192k", "256k", "320k". Server default: "192k"."""
    ratio: float | Unset = UNSET
    """Number. Server default: 3."""
    release: float | Unset = UNSET
    """Number. Server default: 50."""
    threshold: float | Unset = UNSET
    """Number. Server default: -18."""

    def to_dict(self) -> dict[str, Any]:
        audio_url = self.audio_url

        attack = self.attack

        knee = self.knee

        makeup = self.makeup

        output_bitrate: str | Unset = UNSET
        if not isinstance(self.output_bitrate, Unset):
            output_bitrate = self.output_bitrate

        ratio = self.ratio

        release = self.release

        threshold = self.threshold

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "audio_url": audio_url,
            }
        )
        if attack is not UNSET:
            field_dict["attack"] = attack
        if knee is not UNSET:
            field_dict["knee"] = knee
        if makeup is not UNSET:
            field_dict["makeup"] = makeup
        if output_bitrate is not UNSET:
            field_dict["output_bitrate"] = output_bitrate
        if ratio is not UNSET:
            field_dict["ratio"] = ratio
        if release is not UNSET:
            field_dict["release"] = release
        if threshold is not UNSET:
            field_dict["threshold"] = threshold

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        audio_url = d.pop("audio_url")

        attack = d.pop("attack", UNSET)

        knee = d.pop("knee", UNSET)

        makeup = d.pop("makeup", UNSET)

        _output_bitrate = d.pop("output_bitrate", UNSET)
        output_bitrate: WorkflowUtilitiesAudioCompressorInputOutputBitrate | Unset
        if isinstance(_output_bitrate, Unset):
            output_bitrate = UNSET
        else:
            output_bitrate = check_workflow_utilities_audio_compressor_input_output_bitrate(
                _output_bitrate
            )

        ratio = d.pop("ratio", UNSET)

        release = d.pop("release", UNSET)

        threshold = d.pop("threshold", UNSET)

        workflow_utilities_audio_compressor_input = cls(
            audio_url=audio_url,
            attack=attack,
            knee=knee,
            makeup=makeup,
            output_bitrate=output_bitrate,
            ratio=ratio,
            release=release,
            threshold=threshold,
        )

        return workflow_utilities_audio_compressor_input

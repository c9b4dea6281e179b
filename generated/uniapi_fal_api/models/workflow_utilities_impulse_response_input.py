from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.workflow_utilities_impulse_response_input_output_bitrate import (
    WorkflowUtilitiesImpulseResponseInputOutputBitrate,
    check_workflow_utilities_impulse_response_input_output_bitrate,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .workflow_utilities_impulse_response_output import (
        WorkflowUtilitiesImpulseResponseOutput,  # noqa: F401
    )


T = TypeVar("T", bound="WorkflowUtilitiesImpulseResponseInput")


@_attrs_define
class WorkflowUtilitiesImpulseResponseInput(
    FalInput["WorkflowUtilitiesImpulseResponseOutput"],
    endpoint="fal-ai/workflow-utilities/impulse-response",
):
    """Input of `fal-ai/workflow-utilities/impulse-response` (unknown). fal publishes no constraints for it (it comes from
    fal's TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    audio_url: str
    """URL or local file."""
    impulse_response_url: str
    """URL or local file."""
    dry_level: float | Unset = UNSET
    """Number. Server default: 0.7."""
    loudness_i: float | Unset = UNSET
    """Number. Server default: -18."""
    loudness_lra: float | Unset = UNSET
    """Number. Server default: 8."""
    loudness_tp: float | Unset = UNSET
    """Number. Server default: -1.5."""
    output_bitrate: WorkflowUtilitiesImpulseResponseInputOutputBitrate | Unset = UNSET
    """One of "128k", "192k", "256k", "320k". Server default: "192k"."""
    wet_level: float | Unset = UNSET
    """Number. Server default: 0.3."""

    def to_dict(self) -> dict[str, Any]:
        audio_url = self.audio_url

        impulse_response_url = self.impulse_response_url

        dry_level = self.dry_level

        loudness_i = self.loudness_i

        loudness_lra = self.loudness_lra

        loudness_tp = self.loudness_tp

        output_bitrate: str | Unset = UNSET
        if not isinstance(self.output_bitrate, Unset):
            output_bitrate = self.output_bitrate

        wet_level = self.wet_level

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "audio_url": audio_url,
                "impulse_response_url": impulse_response_url,
            }
        )
        if dry_level is not UNSET:
            field_dict["dry_level"] = dry_level
        if loudness_i is not UNSET:
            field_dict["loudness_i"] = loudness_i
        if loudness_lra is not UNSET:
            field_dict["loudness_lra"] = loudness_lra
        if loudness_tp is not UNSET:
            field_dict["loudness_tp"] = loudness_tp
        if output_bitrate is not UNSET:
            field_dict["output_bitrate"] = output_bitrate
        if wet_level is not UNSET:
            field_dict["wet_level"] = wet_level

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        audio_url = d.pop("audio_url")

        impulse_response_url = d.pop("impulse_response_url")

        dry_level = d.pop("dry_level", UNSET)

        loudness_i = d.pop("loudness_i", UNSET)

        loudness_lra = d.pop("loudness_lra", UNSET)

        loudness_tp = d.pop("loudness_tp", UNSET)

        _output_bitrate = d.pop("output_bitrate", UNSET)
        output_bitrate: WorkflowUtilitiesImpulseResponseInputOutputBitrate | Unset
        if isinstance(_output_bitrate, Unset):
            output_bitrate = UNSET
        else:
            output_bitrate = check_workflow_utilities_impulse_response_input_output_bitrate(
                _output_bitrate
            )

        wet_level = d.pop("wet_level", UNSET)

        workflow_utilities_impulse_response_input = cls(
            audio_url=audio_url,
            impulse_response_url=impulse_response_url,
            dry_level=dry_level,
            loudness_i=loudness_i,
            loudness_lra=loudness_lra,
            loudness_tp=loudness_tp,
            output_bitrate=output_bitrate,
            wet_level=wet_level,
        )

        return workflow_utilities_impulse_response_input

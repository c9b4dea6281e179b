from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.nemotron_asr_stream_input_acceleration import (
    NemotronAsrStreamInputAcceleration,
    check_nemotron_asr_stream_input_acceleration,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .nemotron_asr_stream_output import NemotronAsrStreamOutput  # noqa: F401


T = TypeVar("T", bound="NemotronAsrStreamInput")


@_attrs_define
class NemotronAsrStreamInput(
    FalInput["NemotronAsrStreamOutput"], endpoint="fal-ai/nemotron/asr/stream"
):
    """Input of `fal-ai/nemotron/asr/stream` (audio-to-text). fal no longer lists this endpoint."""

    audio_url: str
    """Audio URL: string."""
    acceleration: NemotronAsrStreamInputAcceleration | Unset = UNSET
    """Acceleration: one of "none", "low", "medium", "high". Server default: "none"."""

    def to_dict(self) -> dict[str, Any]:
        audio_url = self.audio_url

        acceleration: str | Unset = UNSET
        if not isinstance(self.acceleration, Unset):
            acceleration = self.acceleration

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "audio_url": audio_url,
            }
        )
        if acceleration is not UNSET:
            field_dict["acceleration"] = acceleration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        audio_url = d.pop("audio_url")

        _acceleration = d.pop("acceleration", UNSET)
        acceleration: NemotronAsrStreamInputAcceleration | Unset
        if isinstance(_acceleration, Unset):
            acceleration = UNSET
        else:
            acceleration = check_nemotron_asr_stream_input_acceleration(_acceleration)

        nemotron_asr_stream_input = cls(
            audio_url=audio_url,
            acceleration=acceleration,
        )

        return nemotron_asr_stream_input

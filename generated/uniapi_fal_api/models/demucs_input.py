from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.demucs_input_model import DemucsInputModel, check_demucs_input_model
from ..models.demucs_input_output_format import (
    DemucsInputOutputFormat,
    check_demucs_input_output_format,
)
from ..models.demucs_input_stems_type_0_item import (
    DemucsInputStemsType0Item,
    check_demucs_input_stems_type_0_item,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .demucs_output import DemucsOutput  # noqa: F401


T = TypeVar("T", bound="DemucsInput")


@_attrs_define
class DemucsInput(FalInput["DemucsOutput"], endpoint="fal-ai/demucs"):
    """Input of `fal-ai/demucs` (audio-to-audio)."""

    audio_url: str
    """Audio Url: string."""
    model: DemucsInputModel | Unset = UNSET
    """Model: one of "htdemucs", "htdemucs_ft", "htdemucs_6s", "hdemucs_mmi", "mdx", "mdx_extra",
    "mdx_q", "mdx_extra_q". Server default: "htdemucs_6s"."""
    stems: list[DemucsInputStemsType0Item] | None | Unset = UNSET
    """Stems: list of one of "vocals", "drums", "bass", "other", "guitar", "piano" or None. Server
    default: ["vocals", "drums", "bass", "other", "guitar", "piano"]."""
    segment_length: int | None | Unset = UNSET
    """Segment Length: integer or None."""
    shifts: int | Unset = UNSET
    """Shifts: integer, 1 to 10. Server default: 1."""
    overlap: float | Unset = UNSET
    """Overlap: number, 0 to 1. Server default: 0.25."""
    output_format: DemucsInputOutputFormat | Unset = UNSET
    """Output Format: one of "wav", "mp3". Server default: "mp3"."""

    def to_dict(self) -> dict[str, Any]:
        audio_url = self.audio_url

        model: str | Unset = UNSET
        if not isinstance(self.model, Unset):
            model = self.model

        stems: list[str] | None | Unset
        if isinstance(self.stems, Unset):
            stems = UNSET
        elif isinstance(self.stems, list):
            stems = []
            for stems_type_0_item_data in self.stems:
                stems_type_0_item: str = stems_type_0_item_data
                stems.append(stems_type_0_item)

        else:
            stems = self.stems

        segment_length: int | None | Unset
        if isinstance(self.segment_length, Unset):
            segment_length = UNSET
        else:
            segment_length = self.segment_length

        shifts = self.shifts

        overlap = self.overlap

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "audio_url": audio_url,
            }
        )
        if model is not UNSET:
            field_dict["model"] = model
        if stems is not UNSET:
            field_dict["stems"] = stems
        if segment_length is not UNSET:
            field_dict["segment_length"] = segment_length
        if shifts is not UNSET:
            field_dict["shifts"] = shifts
        if overlap is not UNSET:
            field_dict["overlap"] = overlap
        if output_format is not UNSET:
            field_dict["output_format"] = output_format

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        audio_url = d.pop("audio_url")

        _model = d.pop("model", UNSET)
        model: DemucsInputModel | Unset
        if isinstance(_model, Unset):
            model = UNSET
        else:
            model = check_demucs_input_model(_model)

        def _parse_stems(data: object) -> list[DemucsInputStemsType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                stems_type_0 = []
                _stems_type_0 = data
                for stems_type_0_item_data in _stems_type_0:
                    stems_type_0_item = check_demucs_input_stems_type_0_item(stems_type_0_item_data)

                    stems_type_0.append(stems_type_0_item)

                return stems_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[DemucsInputStemsType0Item] | None | Unset, data)

        stems = _parse_stems(d.pop("stems", UNSET))

        def _parse_segment_length(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        segment_length = _parse_segment_length(d.pop("segment_length", UNSET))

        shifts = d.pop("shifts", UNSET)

        overlap = d.pop("overlap", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: DemucsInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_demucs_input_output_format(_output_format)

        demucs_input = cls(
            audio_url=audio_url,
            model=model,
            stems=stems,
            segment_length=segment_length,
            shifts=shifts,
            overlap=overlap,
            output_format=output_format,
        )

        return demucs_input

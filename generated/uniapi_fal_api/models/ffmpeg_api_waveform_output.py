from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FfmpegApiWaveformOutput")


@_attrs_define
class FfmpegApiWaveformOutput:
    """Output of `fal-ai/ffmpeg-api/waveform` (json)."""

    waveform: list[float]
    """Waveform: list of number."""
    duration: float
    """Duration: number."""
    points: int
    """Points: integer."""
    precision: int
    """Precision: integer."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        waveform = self.waveform

        duration = self.duration

        points = self.points

        precision = self.precision

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "waveform": waveform,
                "duration": duration,
                "points": points,
                "precision": precision,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        waveform = cast(list[float], d.pop("waveform"))

        duration = d.pop("duration")

        points = d.pop("points")

        precision = d.pop("precision")

        ffmpeg_api_waveform_output = cls(
            waveform=waveform,
            duration=duration,
            points=points,
            precision=precision,
        )

        ffmpeg_api_waveform_output.additional_properties = d
        return ffmpeg_api_waveform_output

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

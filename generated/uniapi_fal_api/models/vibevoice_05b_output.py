from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.fal_file import FalFile


T = TypeVar("T", bound="Vibevoice05BOutput")


@_attrs_define
class Vibevoice05BOutput:
    """Output of `fal-ai/vibevoice/0.5b` (text-to-speech)."""

    audio: FalFile
    """Audio: FalFile."""
    duration: float
    """Duration: number."""
    sample_rate: int
    """Sample Rate: integer."""
    generation_time: float
    """Generation Time: number."""
    rtf: float
    """Rtf: number."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        audio = self.audio.to_dict()

        duration = self.duration

        sample_rate = self.sample_rate

        generation_time = self.generation_time

        rtf = self.rtf

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "audio": audio,
                "duration": duration,
                "sample_rate": sample_rate,
                "generation_time": generation_time,
                "rtf": rtf,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fal_file import FalFile  # noqa: PLC0415

        d = dict(src_dict)
        audio = FalFile.from_dict(d.pop("audio"))

        duration = d.pop("duration")

        sample_rate = d.pop("sample_rate")

        generation_time = d.pop("generation_time")

        rtf = d.pop("rtf")

        vibevoice_05b_output = cls(
            audio=audio,
            duration=duration,
            sample_rate=sample_rate,
            generation_time=generation_time,
            rtf=rtf,
        )

        vibevoice_05b_output.additional_properties = d
        return vibevoice_05b_output

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

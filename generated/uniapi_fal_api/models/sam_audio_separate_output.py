from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fal_file import FalFile


T = TypeVar("T", bound="SamAudioSeparateOutput")


@_attrs_define
class SamAudioSeparateOutput:
    """Output of `fal-ai/sam-audio/separate` (audio-to-audio)."""

    target: FalFile
    """Target: FalFile."""
    residual: FalFile
    """Residual: FalFile."""
    duration: float
    """Duration: number."""
    sample_rate: int | Unset = UNSET
    """Sample Rate: integer. Server default: 48000."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        target = self.target.to_dict()

        residual = self.residual.to_dict()

        duration = self.duration

        sample_rate = self.sample_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "target": target,
                "residual": residual,
                "duration": duration,
            }
        )
        if sample_rate is not UNSET:
            field_dict["sample_rate"] = sample_rate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fal_file import FalFile  # noqa: PLC0415

        d = dict(src_dict)
        target = FalFile.from_dict(d.pop("target"))

        residual = FalFile.from_dict(d.pop("residual"))

        duration = d.pop("duration")

        sample_rate = d.pop("sample_rate", UNSET)

        sam_audio_separate_output = cls(
            target=target,
            residual=residual,
            duration=duration,
            sample_rate=sample_rate,
        )

        sam_audio_separate_output.additional_properties = d
        return sam_audio_separate_output

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.audio_file_v7fecf5 import AudioFileV7FECF5
    from ..models.nova_sr_timings import NovaSRTimings


T = TypeVar("T", bound="NovaSrOutput")


@_attrs_define
class NovaSrOutput:
    """Output of `fal-ai/nova-sr` (audio-to-audio). fal no longer lists this endpoint."""

    audio: AudioFileV7FECF5
    """Audio: AudioFileV7FECF5."""
    timings: NovaSRTimings
    """Timings: NovaSRTimings."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        audio = self.audio.to_dict()

        timings = self.timings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "audio": audio,
                "timings": timings,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audio_file_v7fecf5 import AudioFileV7FECF5  # noqa: PLC0415
        from ..models.nova_sr_timings import NovaSRTimings  # noqa: PLC0415

        d = dict(src_dict)
        audio = AudioFileV7FECF5.from_dict(d.pop("audio"))

        timings = NovaSRTimings.from_dict(d.pop("timings"))

        nova_sr_output = cls(
            audio=audio,
            timings=timings,
        )

        nova_sr_output.additional_properties = d
        return nova_sr_output

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fal_file_vb4cc40 import FalFileVB4CC40


T = TypeVar("T", bound="ElevenlabsAudioIsolationOutput")


@_attrs_define
class ElevenlabsAudioIsolationOutput:
    """Output of `fal-ai/elevenlabs/audio-isolation` (audio-to-audio)."""

    audio: FalFileVB4CC40
    """FalFileVB4CC40."""
    timestamps: list[Any] | None | Unset = UNSET
    """Timestamps: list or None."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        audio = self.audio.to_dict()

        timestamps: list[Any] | None | Unset
        if isinstance(self.timestamps, Unset):
            timestamps = UNSET
        elif isinstance(self.timestamps, list):
            timestamps = self.timestamps

        else:
            timestamps = self.timestamps

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "audio": audio,
            }
        )
        if timestamps is not UNSET:
            field_dict["timestamps"] = timestamps

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fal_file_vb4cc40 import FalFileVB4CC40  # noqa: PLC0415

        d = dict(src_dict)
        audio = FalFileVB4CC40.from_dict(d.pop("audio"))

        def _parse_timestamps(data: object) -> list[Any] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                timestamps_type_0 = cast(list[Any], data)

                return timestamps_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Any] | None | Unset, data)

        timestamps = _parse_timestamps(d.pop("timestamps", UNSET))

        elevenlabs_audio_isolation_output = cls(
            audio=audio,
            timestamps=timestamps,
        )

        elevenlabs_audio_isolation_output.additional_properties = d
        return elevenlabs_audio_isolation_output

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.speech_timestamp import SpeechTimestamp


T = TypeVar("T", bound="SileroVadOutput")


@_attrs_define
class SileroVadOutput:
    """Output of `fal-ai/silero-vad` (audio-to-text)."""

    has_speech: bool
    """Has Speech: boolean."""
    timestamps: list[SpeechTimestamp]
    """Speech Timestamps: list of SpeechTimestamp."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        has_speech = self.has_speech

        timestamps = []
        for timestamps_item_data in self.timestamps:
            timestamps_item = timestamps_item_data.to_dict()
            timestamps.append(timestamps_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "has_speech": has_speech,
                "timestamps": timestamps,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.speech_timestamp import SpeechTimestamp  # noqa: PLC0415

        d = dict(src_dict)
        has_speech = d.pop("has_speech")

        timestamps = []
        _timestamps = d.pop("timestamps")
        for timestamps_item_data in _timestamps:
            timestamps_item = SpeechTimestamp.from_dict(timestamps_item_data)

            timestamps.append(timestamps_item)

        silero_vad_output = cls(
            has_speech=has_speech,
            timestamps=timestamps,
        )

        silero_vad_output.additional_properties = d
        return silero_vad_output

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

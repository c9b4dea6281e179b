from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.audio_file_v1c2776 import AudioFileV1C2776


T = TypeVar("T", bound="WorkflowUtilitiesAudioCompressorOutput")


@_attrs_define
class WorkflowUtilitiesAudioCompressorOutput:
    """Output of `fal-ai/workflow-utilities/audio-compressor` (unknown)."""

    audio: AudioFileV1C2776
    """AudioFileV1C2776."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        audio = self.audio.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "audio": audio,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audio_file_v1c2776 import AudioFileV1C2776  # noqa: PLC0415

        d = dict(src_dict)
        audio = AudioFileV1C2776.from_dict(d.pop("audio"))

        workflow_utilities_audio_compressor_output = cls(
            audio=audio,
        )

        workflow_utilities_audio_compressor_output.additional_properties = d
        return workflow_utilities_audio_compressor_output

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.audio_file_v7fecf5 import AudioFileV7FECF5
    from ..models.deep_filter_net_timings import DeepFilterNetTimings


T = TypeVar("T", bound="Deepfilternet3Output")


@_attrs_define
class Deepfilternet3Output:
    """Output of `fal-ai/deepfilternet3` (audio-to-audio)."""

    audio_file: AudioFileV7FECF5
    """Audio File: AudioFileV7FECF5."""
    timings: DeepFilterNetTimings
    """Timings: DeepFilterNetTimings."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        audio_file = self.audio_file.to_dict()

        timings = self.timings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "audio_file": audio_file,
                "timings": timings,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audio_file_v7fecf5 import AudioFileV7FECF5  # noqa: PLC0415
        from ..models.deep_filter_net_timings import DeepFilterNetTimings  # noqa: PLC0415

        d = dict(src_dict)
        audio_file = AudioFileV7FECF5.from_dict(d.pop("audio_file"))

        timings = DeepFilterNetTimings.from_dict(d.pop("timings"))

        deepfilternet_3_output = cls(
            audio_file=audio_file,
            timings=timings,
        )

        deepfilternet_3_output.additional_properties = d
        return deepfilternet_3_output

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

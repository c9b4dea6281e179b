from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.audio_v5c1521 import AudioV5C1521


T = TypeVar("T", bound="SoniloV11VideoToMusicOutput")


@_attrs_define
class SoniloV11VideoToMusicOutput:
    """Output of `sonilo/v1.1/video-to-music` (unknown)."""

    audio: AudioV5C1521
    """AudioV5C1521."""
    audios: list[AudioV5C1521]
    """List of AudioV5C1521."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        audio = self.audio.to_dict()

        audios = []
        for audios_item_data in self.audios:
            audios_item = audios_item_data.to_dict()
            audios.append(audios_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "audio": audio,
                "audios": audios,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audio_v5c1521 import AudioV5C1521  # noqa: PLC0415

        d = dict(src_dict)
        audio = AudioV5C1521.from_dict(d.pop("audio"))

        audios = []
        _audios = d.pop("audios")
        for audios_item_data in _audios:
            audios_item = AudioV5C1521.from_dict(audios_item_data)

            audios.append(audios_item)

        sonilo_v11_video_to_music_output = cls(
            audio=audio,
            audios=audios,
        )

        sonilo_v11_video_to_music_output.additional_properties = d
        return sonilo_v11_video_to_music_output

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.audio_v5c1521 import AudioV5C1521


T = TypeVar("T", bound="MireloAiSfx16InpaintAudioOutput")


@_attrs_define
class MireloAiSfx16InpaintAudioOutput:
    """Output of `mirelo-ai/sfx1.6/inpaint-audio` (unknown)."""

    audio: list[AudioV5C1521]
    """List of AudioV5C1521."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        audio = []
        for audio_item_data in self.audio:
            audio_item = audio_item_data.to_dict()
            audio.append(audio_item)

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
        from ..models.audio_v5c1521 import AudioV5C1521  # noqa: PLC0415

        d = dict(src_dict)
        audio = []
        _audio = d.pop("audio")
        for audio_item_data in _audio:
            audio_item = AudioV5C1521.from_dict(audio_item_data)

            audio.append(audio_item)

        mirelo_ai_sfx_16_inpaint_audio_output = cls(
            audio=audio,
        )

        mirelo_ai_sfx_16_inpaint_audio_output.additional_properties = d
        return mirelo_ai_sfx_16_inpaint_audio_output

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

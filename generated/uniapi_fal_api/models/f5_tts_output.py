from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.audio_file_vc78ba0 import AudioFileVC78BA0


T = TypeVar("T", bound="F5TtsOutput")


@_attrs_define
class F5TtsOutput:
    """Output of `fal-ai/f5-tts` (text-to-audio)."""

    audio_url: AudioFileVC78BA0
    """Generated Speech: AudioFileVC78BA0."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        audio_url = self.audio_url.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "audio_url": audio_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audio_file_vc78ba0 import AudioFileVC78BA0  # noqa: PLC0415

        d = dict(src_dict)
        audio_url = AudioFileVC78BA0.from_dict(d.pop("audio_url"))

        f5_tts_output = cls(
            audio_url=audio_url,
        )

        f5_tts_output.additional_properties = d
        return f5_tts_output

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.audio_v5c1521 import AudioV5C1521


T = TypeVar("T", bound="AsyncTtsProV10Output")


@_attrs_define
class AsyncTtsProV10Output:
    """Output of `async/tts-pro/v1.0` (unknown)."""

    audio: AudioV5C1521
    """AudioV5C1521."""
    content_type: str
    """String."""
    size_bytes: float
    """Number."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        audio = self.audio.to_dict()

        content_type = self.content_type

        size_bytes = self.size_bytes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "audio": audio,
                "content_type": content_type,
                "size_bytes": size_bytes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audio_v5c1521 import AudioV5C1521  # noqa: PLC0415

        d = dict(src_dict)
        audio = AudioV5C1521.from_dict(d.pop("audio"))

        content_type = d.pop("content_type")

        size_bytes = d.pop("size_bytes")

        async_tts_pro_v10_output = cls(
            audio=audio,
            content_type=content_type,
            size_bytes=size_bytes,
        )

        async_tts_pro_v10_output.additional_properties = d
        return async_tts_pro_v10_output

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

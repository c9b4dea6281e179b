from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fal_file_v6e13db import FalFileV6E13DB


T = TypeVar("T", bound="MinimaxVoiceCloneOutput")


@_attrs_define
class MinimaxVoiceCloneOutput:
    """Output of `fal-ai/minimax/voice-clone` (unknown)."""

    custom_voice_id: str
    """String."""
    audio: FalFileV6E13DB | Unset = UNSET
    """FalFileV6E13DB."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        custom_voice_id = self.custom_voice_id

        audio: dict[str, Any] | Unset = UNSET
        if not isinstance(self.audio, Unset):
            audio = self.audio.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "custom_voice_id": custom_voice_id,
            }
        )
        if audio is not UNSET:
            field_dict["audio"] = audio

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fal_file_v6e13db import FalFileV6E13DB  # noqa: PLC0415

        d = dict(src_dict)
        custom_voice_id = d.pop("custom_voice_id")

        _audio = d.pop("audio", UNSET)
        audio: FalFileV6E13DB | Unset
        if isinstance(_audio, Unset):
            audio = UNSET
        else:
            audio = FalFileV6E13DB.from_dict(_audio)

        minimax_voice_clone_output = cls(
            custom_voice_id=custom_voice_id,
            audio=audio,
        )

        minimax_voice_clone_output.additional_properties = d
        return minimax_voice_clone_output

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

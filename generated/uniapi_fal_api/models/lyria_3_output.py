from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fal_file_v6e13db import FalFileV6E13DB


T = TypeVar("T", bound="Lyria3Output")


@_attrs_define
class Lyria3Output:
    """Output of `fal-ai/lyria3` (unknown)."""

    audio: FalFileV6E13DB
    """FalFileV6E13DB."""
    lyrics: str | Unset = UNSET
    """String."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        audio = self.audio.to_dict()

        lyrics = self.lyrics

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "audio": audio,
            }
        )
        if lyrics is not UNSET:
            field_dict["lyrics"] = lyrics

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fal_file_v6e13db import FalFileV6E13DB  # noqa: PLC0415

        d = dict(src_dict)
        audio = FalFileV6E13DB.from_dict(d.pop("audio"))

        lyrics = d.pop("lyrics", UNSET)

        lyria_3_output = cls(
            audio=audio,
            lyrics=lyrics,
        )

        lyria_3_output.additional_properties = d
        return lyria_3_output

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

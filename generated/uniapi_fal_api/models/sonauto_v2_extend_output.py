from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fal_file_vb4cc40 import FalFileVB4CC40


T = TypeVar("T", bound="SonautoV2ExtendOutput")


@_attrs_define
class SonautoV2ExtendOutput:
    """Output of `sonauto/v2/extend` (audio-to-audio). fal no longer lists this endpoint."""

    seed: int
    """Seed: integer."""
    audio: list[FalFileVB4CC40]
    """Audio: list of FalFileVB4CC40."""
    extend_duration: float
    """Extend Duration: number."""
    tags: list[str] | None | Unset = UNSET
    """Tags: list of string or None."""
    lyrics: None | str | Unset = UNSET
    """Lyrics: string or None."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        seed = self.seed

        audio = []
        for audio_item_data in self.audio:
            audio_item = audio_item_data.to_dict()
            audio.append(audio_item)

        extend_duration = self.extend_duration

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        lyrics: None | str | Unset
        if isinstance(self.lyrics, Unset):
            lyrics = UNSET
        else:
            lyrics = self.lyrics

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "seed": seed,
                "audio": audio,
                "extend_duration": extend_duration,
            }
        )
        if tags is not UNSET:
            field_dict["tags"] = tags
        if lyrics is not UNSET:
            field_dict["lyrics"] = lyrics

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fal_file_vb4cc40 import FalFileVB4CC40  # noqa: PLC0415

        d = dict(src_dict)
        seed = d.pop("seed")

        audio = []
        _audio = d.pop("audio")
        for audio_item_data in _audio:
            audio_item = FalFileVB4CC40.from_dict(audio_item_data)

            audio.append(audio_item)

        extend_duration = d.pop("extend_duration")

        def _parse_tags(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tags_type_0 = cast(list[str], data)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

        def _parse_lyrics(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        lyrics = _parse_lyrics(d.pop("lyrics", UNSET))

        sonauto_v2_extend_output = cls(
            seed=seed,
            audio=audio,
            extend_duration=extend_duration,
            tags=tags,
            lyrics=lyrics,
        )

        sonauto_v2_extend_output.additional_properties = d
        return sonauto_v2_extend_output

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

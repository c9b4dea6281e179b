from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fal_file_vb4cc40 import FalFileVB4CC40


T = TypeVar("T", bound="DemucsOutput")


@_attrs_define
class DemucsOutput:
    """Output of `fal-ai/demucs` (audio-to-audio)."""

    vocals: FalFileVB4CC40 | None | Unset = UNSET
    """FalFileVB4CC40 or None."""
    drums: FalFileVB4CC40 | None | Unset = UNSET
    """FalFileVB4CC40 or None."""
    bass: FalFileVB4CC40 | None | Unset = UNSET
    """FalFileVB4CC40 or None."""
    other: FalFileVB4CC40 | None | Unset = UNSET
    """FalFileVB4CC40 or None."""
    guitar: FalFileVB4CC40 | None | Unset = UNSET
    """FalFileVB4CC40 or None."""
    piano: FalFileVB4CC40 | None | Unset = UNSET
    """FalFileVB4CC40 or None."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.fal_file_vb4cc40 import FalFileVB4CC40  # noqa: PLC0415

        vocals: dict[str, Any] | None | Unset
        if isinstance(self.vocals, Unset):
            vocals = UNSET
        elif isinstance(self.vocals, FalFileVB4CC40):
            vocals = self.vocals.to_dict()
        else:
            vocals = self.vocals

        drums: dict[str, Any] | None | Unset
        if isinstance(self.drums, Unset):
            drums = UNSET
        elif isinstance(self.drums, FalFileVB4CC40):
            drums = self.drums.to_dict()
        else:
            drums = self.drums

        bass: dict[str, Any] | None | Unset
        if isinstance(self.bass, Unset):
            bass = UNSET
        elif isinstance(self.bass, FalFileVB4CC40):
            bass = self.bass.to_dict()
        else:
            bass = self.bass

        other: dict[str, Any] | None | Unset
        if isinstance(self.other, Unset):
            other = UNSET
        elif isinstance(self.other, FalFileVB4CC40):
            other = self.other.to_dict()
        else:
            other = self.other

        guitar: dict[str, Any] | None | Unset
        if isinstance(self.guitar, Unset):
            guitar = UNSET
        elif isinstance(self.guitar, FalFileVB4CC40):
            guitar = self.guitar.to_dict()
        else:
            guitar = self.guitar

        piano: dict[str, Any] | None | Unset
        if isinstance(self.piano, Unset):
            piano = UNSET
        elif isinstance(self.piano, FalFileVB4CC40):
            piano = self.piano.to_dict()
        else:
            piano = self.piano

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if vocals is not UNSET:
            field_dict["vocals"] = vocals
        if drums is not UNSET:
            field_dict["drums"] = drums
        if bass is not UNSET:
            field_dict["bass"] = bass
        if other is not UNSET:
            field_dict["other"] = other
        if guitar is not UNSET:
            field_dict["guitar"] = guitar
        if piano is not UNSET:
            field_dict["piano"] = piano

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fal_file_vb4cc40 import FalFileVB4CC40  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_vocals(data: object) -> FalFileVB4CC40 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                vocals_type_0 = FalFileVB4CC40.from_dict(data)

                return vocals_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FalFileVB4CC40 | None | Unset, data)

        vocals = _parse_vocals(d.pop("vocals", UNSET))

        def _parse_drums(data: object) -> FalFileVB4CC40 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                drums_type_0 = FalFileVB4CC40.from_dict(data)

                return drums_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FalFileVB4CC40 | None | Unset, data)

        drums = _parse_drums(d.pop("drums", UNSET))

        def _parse_bass(data: object) -> FalFileVB4CC40 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                bass_type_0 = FalFileVB4CC40.from_dict(data)

                return bass_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FalFileVB4CC40 | None | Unset, data)

        bass = _parse_bass(d.pop("bass", UNSET))

        def _parse_other(data: object) -> FalFileVB4CC40 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                other_type_0 = FalFileVB4CC40.from_dict(data)

                return other_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FalFileVB4CC40 | None | Unset, data)

        other = _parse_other(d.pop("other", UNSET))

        def _parse_guitar(data: object) -> FalFileVB4CC40 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                guitar_type_0 = FalFileVB4CC40.from_dict(data)

                return guitar_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FalFileVB4CC40 | None | Unset, data)

        guitar = _parse_guitar(d.pop("guitar", UNSET))

        def _parse_piano(data: object) -> FalFileVB4CC40 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                piano_type_0 = FalFileVB4CC40.from_dict(data)

                return piano_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FalFileVB4CC40 | None | Unset, data)

        piano = _parse_piano(d.pop("piano", UNSET))

        demucs_output = cls(
            vocals=vocals,
            drums=drums,
            bass=bass,
            other=other,
            guitar=guitar,
            piano=piano,
        )

        demucs_output.additional_properties = d
        return demucs_output

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

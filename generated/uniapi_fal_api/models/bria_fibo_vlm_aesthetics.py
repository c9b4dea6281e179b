from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BriaFiboVlmAesthetics")


@_attrs_define
class BriaFiboVlmAesthetics:
    aesthetic_score: str
    """String."""
    preference_score: str
    """String."""
    composition: None | str | Unset = UNSET
    """String or None."""
    color_scheme: None | str | Unset = UNSET
    """String or None."""
    mood_atmosphere: None | str | Unset = UNSET
    """String or None."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        aesthetic_score = self.aesthetic_score

        preference_score = self.preference_score

        composition: None | str | Unset
        if isinstance(self.composition, Unset):
            composition = UNSET
        else:
            composition = self.composition

        color_scheme: None | str | Unset
        if isinstance(self.color_scheme, Unset):
            color_scheme = UNSET
        else:
            color_scheme = self.color_scheme

        mood_atmosphere: None | str | Unset
        if isinstance(self.mood_atmosphere, Unset):
            mood_atmosphere = UNSET
        else:
            mood_atmosphere = self.mood_atmosphere

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "aesthetic_score": aesthetic_score,
                "preference_score": preference_score,
            }
        )
        if composition is not UNSET:
            field_dict["composition"] = composition
        if color_scheme is not UNSET:
            field_dict["color_scheme"] = color_scheme
        if mood_atmosphere is not UNSET:
            field_dict["mood_atmosphere"] = mood_atmosphere

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        aesthetic_score = d.pop("aesthetic_score")

        preference_score = d.pop("preference_score")

        def _parse_composition(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        composition = _parse_composition(d.pop("composition", UNSET))

        def _parse_color_scheme(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        color_scheme = _parse_color_scheme(d.pop("color_scheme", UNSET))

        def _parse_mood_atmosphere(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mood_atmosphere = _parse_mood_atmosphere(d.pop("mood_atmosphere", UNSET))

        bria_fibo_vlm_aesthetics = cls(
            aesthetic_score=aesthetic_score,
            preference_score=preference_score,
            composition=composition,
            color_scheme=color_scheme,
            mood_atmosphere=mood_atmosphere,
        )

        bria_fibo_vlm_aesthetics.additional_properties = d
        return bria_fibo_vlm_aesthetics

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AestheticsVD90C78")


@_attrs_define
class AestheticsVD90C78:
    aesthetic_score: str | Unset = UNSET
    """String."""
    color_scheme: str | Unset = UNSET
    """String."""
    composition: str | Unset = UNSET
    """String."""
    mood_atmosphere: str | Unset = UNSET
    """String."""
    preference_score: str | Unset = UNSET
    """String."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        aesthetic_score = self.aesthetic_score

        color_scheme = self.color_scheme

        composition = self.composition

        mood_atmosphere = self.mood_atmosphere

        preference_score = self.preference_score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if aesthetic_score is not UNSET:
            field_dict["aesthetic_score"] = aesthetic_score
        if color_scheme is not UNSET:
            field_dict["color_scheme"] = color_scheme
        if composition is not UNSET:
            field_dict["composition"] = composition
        if mood_atmosphere is not UNSET:
            field_dict["mood_atmosphere"] = mood_atmosphere
        if preference_score is not UNSET:
            field_dict["preference_score"] = preference_score

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        aesthetic_score = d.pop("aesthetic_score", UNSET)

        color_scheme = d.pop("color_scheme", UNSET)

        composition = d.pop("composition", UNSET)

        mood_atmosphere = d.pop("mood_atmosphere", UNSET)

        preference_score = d.pop("preference_score", UNSET)

        aesthetics_vd90c78 = cls(
            aesthetic_score=aesthetic_score,
            color_scheme=color_scheme,
            composition=composition,
            mood_atmosphere=mood_atmosphere,
            preference_score=preference_score,
        )

        aesthetics_vd90c78.additional_properties = d
        return aesthetics_vd90c78

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

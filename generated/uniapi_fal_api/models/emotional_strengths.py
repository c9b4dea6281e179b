from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EmotionalStrengths")


@_attrs_define
class EmotionalStrengths:
    happy: float | Unset = UNSET
    """Number, 0 to 1. Server default: 0."""
    angry: float | Unset = UNSET
    """Number, 0 to 1. Server default: 0."""
    sad: float | Unset = UNSET
    """Number, 0 to 1. Server default: 0."""
    afraid: float | Unset = UNSET
    """Number, 0 to 1. Server default: 0."""
    disgusted: float | Unset = UNSET
    """Number, 0 to 1. Server default: 0."""
    melancholic: float | Unset = UNSET
    """Number, 0 to 1. Server default: 0."""
    surprised: float | Unset = UNSET
    """Number, 0 to 1. Server default: 0."""
    calm: float | Unset = UNSET
    """Number, 0 to 1. Server default: 0."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        happy = self.happy

        angry = self.angry

        sad = self.sad

        afraid = self.afraid

        disgusted = self.disgusted

        melancholic = self.melancholic

        surprised = self.surprised

        calm = self.calm

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if happy is not UNSET:
            field_dict["happy"] = happy
        if angry is not UNSET:
            field_dict["angry"] = angry
        if sad is not UNSET:
            field_dict["sad"] = sad
        if afraid is not UNSET:
            field_dict["afraid"] = afraid
        if disgusted is not UNSET:
            field_dict["disgusted"] = disgusted
        if melancholic is not UNSET:
            field_dict["melancholic"] = melancholic
        if surprised is not UNSET:
            field_dict["surprised"] = surprised
        if calm is not UNSET:
            field_dict["calm"] = calm

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        happy = d.pop("happy", UNSET)

        angry = d.pop("angry", UNSET)

        sad = d.pop("sad", UNSET)

        afraid = d.pop("afraid", UNSET)

        disgusted = d.pop("disgusted", UNSET)

        melancholic = d.pop("melancholic", UNSET)

        surprised = d.pop("surprised", UNSET)

        calm = d.pop("calm", UNSET)

        emotional_strengths = cls(
            happy=happy,
            angry=angry,
            sad=sad,
            afraid=afraid,
            disgusted=disgusted,
            melancholic=melancholic,
            surprised=surprised,
            calm=calm,
        )

        emotional_strengths.additional_properties = d
        return emotional_strengths

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.music_section import MusicSection


T = TypeVar("T", bound="MusicCompositionPlan")


@_attrs_define
class MusicCompositionPlan:
    positive_global_styles: list[str]
    """List of string."""
    negative_global_styles: list[str]
    """List of string."""
    sections: list[MusicSection]
    """List of MusicSection."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        positive_global_styles = self.positive_global_styles

        negative_global_styles = self.negative_global_styles

        sections = []
        for sections_item_data in self.sections:
            sections_item = sections_item_data.to_dict()
            sections.append(sections_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "positive_global_styles": positive_global_styles,
                "negative_global_styles": negative_global_styles,
                "sections": sections,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.music_section import MusicSection  # noqa: PLC0415

        d = dict(src_dict)
        positive_global_styles = cast(list[str], d.pop("positive_global_styles"))

        negative_global_styles = cast(list[str], d.pop("negative_global_styles"))

        sections = []
        _sections = d.pop("sections")
        for sections_item_data in _sections:
            sections_item = MusicSection.from_dict(sections_item_data)

            sections.append(sections_item)

        music_composition_plan = cls(
            positive_global_styles=positive_global_styles,
            negative_global_styles=negative_global_styles,
            sections=sections,
        )

        music_composition_plan.additional_properties = d
        return music_composition_plan

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

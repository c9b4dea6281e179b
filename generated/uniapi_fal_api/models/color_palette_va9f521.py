from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.color_palette_va9f521_name import (
    ColorPaletteVA9F521Name,
    check_color_palette_va9f521_name,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.color_palette_member_v461e21 import ColorPaletteMemberV461E21


T = TypeVar("T", bound="ColorPaletteVA9F521")


@_attrs_define
class ColorPaletteVA9F521:
    members: list[ColorPaletteMemberV461E21] | Unset = UNSET
    """List of ColorPaletteMemberV461E21."""
    name: ColorPaletteVA9F521Name | Unset = UNSET
    """One of "EMBER", "FRESH", "JUNGLE", "MAGIC", "MELON", "MOSAIC", "PASTEL", "ULTRAMARINE"."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        members: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.members, Unset):
            members = []
            for members_item_data in self.members:
                members_item = members_item_data.to_dict()
                members.append(members_item)

        name: str | Unset = UNSET
        if not isinstance(self.name, Unset):
            name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if members is not UNSET:
            field_dict["members"] = members
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.color_palette_member_v461e21 import ColorPaletteMemberV461E21  # noqa: PLC0415

        d = dict(src_dict)
        _members = d.pop("members", UNSET)
        members: list[ColorPaletteMemberV461E21] | Unset = UNSET
        if _members is not UNSET:
            members = []
            for members_item_data in _members:
                members_item = ColorPaletteMemberV461E21.from_dict(members_item_data)

                members.append(members_item)

        _name = d.pop("name", UNSET)
        name: ColorPaletteVA9F521Name | Unset
        if isinstance(_name, Unset):
            name = UNSET
        else:
            name = check_color_palette_va9f521_name(_name)

        color_palette_va9f521 = cls(
            members=members,
            name=name,
        )

        color_palette_va9f521.additional_properties = d
        return color_palette_va9f521

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

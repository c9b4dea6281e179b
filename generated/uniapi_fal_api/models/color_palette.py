from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.color_palette_name_type_0 import (
    ColorPaletteNameType0,
    check_color_palette_name_type_0,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.color_palette_member import ColorPaletteMember


T = TypeVar("T", bound="ColorPalette")


@_attrs_define
class ColorPalette:
    members: list[ColorPaletteMember] | None | Unset = UNSET
    """List of ColorPaletteMember or None."""
    name: ColorPaletteNameType0 | None | Unset = UNSET
    """One of "EMBER", "FRESH", "JUNGLE", "MAGIC", "MELON", "MOSAIC", "PASTEL", "ULTRAMARINE" or
    None."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        members: list[dict[str, Any]] | None | Unset
        if isinstance(self.members, Unset):
            members = UNSET
        elif isinstance(self.members, list):
            members = []
            for members_type_0_item_data in self.members:
                members_type_0_item = members_type_0_item_data.to_dict()
                members.append(members_type_0_item)

        else:
            members = self.members

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        elif isinstance(self.name, str):
            name = self.name
        else:
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
        from ..models.color_palette_member import ColorPaletteMember  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_members(data: object) -> list[ColorPaletteMember] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                members_type_0 = []
                _members_type_0 = data
                for members_type_0_item_data in _members_type_0:
                    members_type_0_item = ColorPaletteMember.from_dict(members_type_0_item_data)

                    members_type_0.append(members_type_0_item)

                return members_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ColorPaletteMember] | None | Unset, data)

        members = _parse_members(d.pop("members", UNSET))

        def _parse_name(data: object) -> ColorPaletteNameType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                name_type_0 = check_color_palette_name_type_0(data)

                return name_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ColorPaletteNameType0 | None | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        color_palette = cls(
            members=members,
            name=name,
        )

        color_palette.additional_properties = d
        return color_palette

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

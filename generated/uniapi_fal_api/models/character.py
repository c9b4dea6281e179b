from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.character_avatar import CharacterAvatar, check_character_avatar
from ..models.character_avatar_style import (
    CharacterAvatarStyle,
    check_character_avatar_style,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="Character")


@_attrs_define
class Character:
    avatar: CharacterAvatar
    """One of "Abigail (Upper Body)", "Abigail Office Front", "Abigail Office Side", "Abigail Sofa
    Front", "Abigail Sofa Side", "Aditya in Brown blazer", "Aditya in Blue blazer", "Aditya in
    Blue shirt", ... (1286 values)."""
    avatar_style: CharacterAvatarStyle | Unset = UNSET
    """One of "normal", "circle", "closeUp". Server default: "closeUp"."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        avatar: str = self.avatar

        avatar_style: str | Unset = UNSET
        if not isinstance(self.avatar_style, Unset):
            avatar_style = self.avatar_style

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "avatar": avatar,
            }
        )
        if avatar_style is not UNSET:
            field_dict["avatar_style"] = avatar_style

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        avatar = check_character_avatar(d.pop("avatar"))

        _avatar_style = d.pop("avatar_style", UNSET)
        avatar_style: CharacterAvatarStyle | Unset
        if isinstance(_avatar_style, Unset):
            avatar_style = UNSET
        else:
            avatar_style = check_character_avatar_style(_avatar_style)

        character = cls(
            avatar=avatar,
            avatar_style=avatar_style,
        )

        character.additional_properties = d
        return character

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

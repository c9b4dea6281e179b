from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.seed_2_mini_message_role import (
    Seed2MiniMessageRole,
    check_seed_2_mini_message_role,
)

T = TypeVar("T", bound="Seed2MiniMessage")


@_attrs_define
class Seed2MiniMessage:
    content: list[Any] | str
    """String or list."""
    role: Seed2MiniMessageRole
    """One of "system", "user", "assistant"."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content: list[Any] | str
        if isinstance(self.content, list):
            content = self.content

        else:
            content = self.content

        role: str = self.role

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
                "role": role,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_content(data: object) -> list[Any] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                content_type_1 = cast(list[Any], data)

                return content_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Any] | str, data)

        content = _parse_content(d.pop("content"))

        role = check_seed_2_mini_message_role(d.pop("role"))

        seed_2_mini_message = cls(
            content=content,
            role=role,
        )

        seed_2_mini_message.additional_properties = d
        return seed_2_mini_message

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

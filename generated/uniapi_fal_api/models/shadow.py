from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.shadow_type import ShadowType, check_shadow_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.drop_shadow import DropShadow
    from ..models.generative_shadow import GenerativeShadow


T = TypeVar("T", bound="Shadow")


@_attrs_define
class Shadow:
    drop: DropShadow | Unset = UNSET
    """DropShadow."""
    generative: GenerativeShadow | Unset = UNSET
    """GenerativeShadow."""
    type_: ShadowType | Unset = UNSET
    """One of "Generative", "Drop"."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        drop: dict[str, Any] | Unset = UNSET
        if not isinstance(self.drop, Unset):
            drop = self.drop.to_dict()

        generative: dict[str, Any] | Unset = UNSET
        if not isinstance(self.generative, Unset):
            generative = self.generative.to_dict()

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if drop is not UNSET:
            field_dict["drop"] = drop
        if generative is not UNSET:
            field_dict["generative"] = generative
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.drop_shadow import DropShadow  # noqa: PLC0415
        from ..models.generative_shadow import GenerativeShadow  # noqa: PLC0415

        d = dict(src_dict)
        _drop = d.pop("drop", UNSET)
        drop: DropShadow | Unset
        if isinstance(_drop, Unset):
            drop = UNSET
        else:
            drop = DropShadow.from_dict(_drop)

        _generative = d.pop("generative", UNSET)
        generative: GenerativeShadow | Unset
        if isinstance(_generative, Unset):
            generative = UNSET
        else:
            generative = GenerativeShadow.from_dict(_generative)

        _type_ = d.pop("type", UNSET)
        type_: ShadowType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_shadow_type(_type_)

        shadow = cls(
            drop=drop,
            generative=generative,
            type_=type_,
        )

        shadow.additional_properties = d
        return shadow

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

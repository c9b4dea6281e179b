from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.shadow_light_source_position import ShadowLightSourcePosition


T = TypeVar("T", bound="ShadowLightSource")


@_attrs_define
class ShadowLightSource:
    position: ShadowLightSourcePosition | Unset = UNSET
    """ShadowLightSourcePosition."""
    size: float | Unset = UNSET
    """Number."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        position: dict[str, Any] | Unset = UNSET
        if not isinstance(self.position, Unset):
            position = self.position.to_dict()

        size = self.size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if position is not UNSET:
            field_dict["position"] = position
        if size is not UNSET:
            field_dict["size"] = size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.shadow_light_source_position import ShadowLightSourcePosition  # noqa: PLC0415

        d = dict(src_dict)
        _position = d.pop("position", UNSET)
        position: ShadowLightSourcePosition | Unset
        if isinstance(_position, Unset):
            position = UNSET
        else:
            position = ShadowLightSourcePosition.from_dict(_position)

        size = d.pop("size", UNSET)

        shadow_light_source = cls(
            position=position,
            size=size,
        )

        shadow_light_source.additional_properties = d
        return shadow_light_source

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

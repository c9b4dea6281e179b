from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.shadow_light_source import ShadowLightSource


T = TypeVar("T", bound="GenerativeShadow")


@_attrs_define
class GenerativeShadow:
    light_source: ShadowLightSource | Unset = UNSET
    """ShadowLightSource."""
    opacity: float | Unset = UNSET
    """Number. Server default: 0.2."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        light_source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.light_source, Unset):
            light_source = self.light_source.to_dict()

        opacity = self.opacity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if light_source is not UNSET:
            field_dict["light_source"] = light_source
        if opacity is not UNSET:
            field_dict["opacity"] = opacity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.shadow_light_source import ShadowLightSource  # noqa: PLC0415

        d = dict(src_dict)
        _light_source = d.pop("light_source", UNSET)
        light_source: ShadowLightSource | Unset
        if isinstance(_light_source, Unset):
            light_source = UNSET
        else:
            light_source = ShadowLightSource.from_dict(_light_source)

        opacity = d.pop("opacity", UNSET)

        generative_shadow = cls(
            light_source=light_source,
            opacity=opacity,
        )

        generative_shadow.additional_properties = d
        return generative_shadow

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.preset_customization_position import (
    PresetCustomizationPosition,
    check_preset_customization_position,
)
from ..models.preset_customization_shadow import (
    PresetCustomizationShadow,
    check_preset_customization_shadow,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.text_customizations import TextCustomizations


T = TypeVar("T", bound="PresetCustomization")


@_attrs_define
class PresetCustomization:
    position: PresetCustomizationPosition | Unset = UNSET
    """One of "top", "center", "bottom"."""
    shadow: PresetCustomizationShadow | Unset = UNSET
    """One of "none", "min", "mid", "max"."""
    text_customizations: TextCustomizations | Unset = UNSET
    """TextCustomizations."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        position: str | Unset = UNSET
        if not isinstance(self.position, Unset):
            position = self.position

        shadow: str | Unset = UNSET
        if not isinstance(self.shadow, Unset):
            shadow = self.shadow

        text_customizations: dict[str, Any] | Unset = UNSET
        if not isinstance(self.text_customizations, Unset):
            text_customizations = self.text_customizations.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if position is not UNSET:
            field_dict["position"] = position
        if shadow is not UNSET:
            field_dict["shadow"] = shadow
        if text_customizations is not UNSET:
            field_dict["text_customizations"] = text_customizations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.text_customizations import TextCustomizations  # noqa: PLC0415

        d = dict(src_dict)
        _position = d.pop("position", UNSET)
        position: PresetCustomizationPosition | Unset
        if isinstance(_position, Unset):
            position = UNSET
        else:
            position = check_preset_customization_position(_position)

        _shadow = d.pop("shadow", UNSET)
        shadow: PresetCustomizationShadow | Unset
        if isinstance(_shadow, Unset):
            shadow = UNSET
        else:
            shadow = check_preset_customization_shadow(_shadow)

        _text_customizations = d.pop("text_customizations", UNSET)
        text_customizations: TextCustomizations | Unset
        if isinstance(_text_customizations, Unset):
            text_customizations = UNSET
        else:
            text_customizations = TextCustomizations.from_dict(_text_customizations)

        preset_customization = cls(
            position=position,
            shadow=shadow,
            text_customizations=text_customizations,
        )

        preset_customization.additional_properties = d
        return preset_customization

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

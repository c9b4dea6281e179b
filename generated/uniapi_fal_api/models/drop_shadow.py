from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.rgb_color_v9ae01c import RGBColorV9AE01C


T = TypeVar("T", bound="DropShadow")


@_attrs_define
class DropShadow:
    blur: float | Unset = UNSET
    """Number. Server default: 1.2."""
    color: RGBColorV9AE01C | Unset = UNSET
    """RGBColorV9AE01C."""
    horizontal: float | Unset = UNSET
    """Number. Server default: 5."""
    opacity: float | Unset = UNSET
    """Number. Server default: 0.25."""
    vertical: float | Unset = UNSET
    """Number. Server default: 0.8."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        blur = self.blur

        color: dict[str, Any] | Unset = UNSET
        if not isinstance(self.color, Unset):
            color = self.color.to_dict()

        horizontal = self.horizontal

        opacity = self.opacity

        vertical = self.vertical

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if blur is not UNSET:
            field_dict["blur"] = blur
        if color is not UNSET:
            field_dict["color"] = color
        if horizontal is not UNSET:
            field_dict["horizontal"] = horizontal
        if opacity is not UNSET:
            field_dict["opacity"] = opacity
        if vertical is not UNSET:
            field_dict["vertical"] = vertical

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rgb_color_v9ae01c import RGBColorV9AE01C  # noqa: PLC0415

        d = dict(src_dict)
        blur = d.pop("blur", UNSET)

        _color = d.pop("color", UNSET)
        color: RGBColorV9AE01C | Unset
        if isinstance(_color, Unset):
            color = UNSET
        else:
            color = RGBColorV9AE01C.from_dict(_color)

        horizontal = d.pop("horizontal", UNSET)

        opacity = d.pop("opacity", UNSET)

        vertical = d.pop("vertical", UNSET)

        drop_shadow = cls(
            blur=blur,
            color=color,
            horizontal=horizontal,
            opacity=opacity,
            vertical=vertical,
        )

        drop_shadow.additional_properties = d
        return drop_shadow

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

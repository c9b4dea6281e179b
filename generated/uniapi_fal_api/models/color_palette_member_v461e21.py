from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.rgb_color_v9ae01c import RGBColorV9AE01C


T = TypeVar("T", bound="ColorPaletteMemberV461E21")


@_attrs_define
class ColorPaletteMemberV461E21:
    rgb: RGBColorV9AE01C
    """RGBColorV9AE01C."""
    color_weight: float | Unset = UNSET
    """Number. Server default: 0.5."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rgb = self.rgb.to_dict()

        color_weight = self.color_weight

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rgb": rgb,
            }
        )
        if color_weight is not UNSET:
            field_dict["color_weight"] = color_weight

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rgb_color_v9ae01c import RGBColorV9AE01C  # noqa: PLC0415

        d = dict(src_dict)
        rgb = RGBColorV9AE01C.from_dict(d.pop("rgb"))

        color_weight = d.pop("color_weight", UNSET)

        color_palette_member_v461e21 = cls(
            rgb=rgb,
            color_weight=color_weight,
        )

        color_palette_member_v461e21.additional_properties = d
        return color_palette_member_v461e21

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

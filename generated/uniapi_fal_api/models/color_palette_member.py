from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.rgb_color import RGBColor


T = TypeVar("T", bound="ColorPaletteMember")


@_attrs_define
class ColorPaletteMember:
    rgb: RGBColor
    """RGBColor."""
    color_weight: float | None | Unset = UNSET
    """Number or None, 0.05 to 1. Server default: 0.5."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rgb = self.rgb.to_dict()

        color_weight: float | None | Unset
        if isinstance(self.color_weight, Unset):
            color_weight = UNSET
        else:
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
        from ..models.rgb_color import RGBColor  # noqa: PLC0415

        d = dict(src_dict)
        rgb = RGBColor.from_dict(d.pop("rgb"))

        def _parse_color_weight(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        color_weight = _parse_color_weight(d.pop("color_weight", UNSET))

        color_palette_member = cls(
            rgb=rgb,
            color_weight=color_weight,
        )

        color_palette_member.additional_properties = d
        return color_palette_member

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

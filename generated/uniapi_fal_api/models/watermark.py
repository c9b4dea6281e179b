from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.watermark_position import WatermarkPosition, check_watermark_position
from ..types import UNSET, Unset

T = TypeVar("T", bound="Watermark")


@_attrs_define
class Watermark:
    image_url: str | Unset = UNSET
    """URL or local file."""
    margin: str | Unset = UNSET
    """String. Server default: "3%"."""
    opacity: float | Unset = UNSET
    """Number. Server default: 1."""
    position: WatermarkPosition | Unset = UNSET
    """One of "top_left", "top_right", "bottom_left", "bottom_right", "center". Server default:
    "bottom_right"."""
    remove_background: bool | Unset = UNSET
    """Boolean."""
    scale: float | Unset = UNSET
    """Number. Server default: 0.1."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        margin = self.margin

        opacity = self.opacity

        position: str | Unset = UNSET
        if not isinstance(self.position, Unset):
            position = self.position

        remove_background = self.remove_background

        scale = self.scale

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if margin is not UNSET:
            field_dict["margin"] = margin
        if opacity is not UNSET:
            field_dict["opacity"] = opacity
        if position is not UNSET:
            field_dict["position"] = position
        if remove_background is not UNSET:
            field_dict["remove_background"] = remove_background
        if scale is not UNSET:
            field_dict["scale"] = scale

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url", UNSET)

        margin = d.pop("margin", UNSET)

        opacity = d.pop("opacity", UNSET)

        _position = d.pop("position", UNSET)
        position: WatermarkPosition | Unset
        if isinstance(_position, Unset):
            position = UNSET
        else:
            position = check_watermark_position(_position)

        remove_background = d.pop("remove_background", UNSET)

        scale = d.pop("scale", UNSET)

        watermark = cls(
            image_url=image_url,
            margin=margin,
            opacity=opacity,
            position=position,
            remove_background=remove_background,
            scale=scale,
        )

        watermark.additional_properties = d
        return watermark

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

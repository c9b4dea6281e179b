from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.avatar_v_watermark_placement import (
    AvatarVWatermarkPlacement,
    check_avatar_v_watermark_placement,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AvatarVWatermark")


@_attrs_define
class AvatarVWatermark:
    image_url: str
    """URL or local file."""
    opacity: float | Unset = UNSET
    """Number."""
    placement: AvatarVWatermarkPlacement | Unset = UNSET
    """One of "top-left", "top-right", "bottom-left", "bottom-right"."""
    scale: float | Unset = UNSET
    """Number."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        opacity = self.opacity

        placement: str | Unset = UNSET
        if not isinstance(self.placement, Unset):
            placement = self.placement

        scale = self.scale

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "image_url": image_url,
            }
        )
        if opacity is not UNSET:
            field_dict["opacity"] = opacity
        if placement is not UNSET:
            field_dict["placement"] = placement
        if scale is not UNSET:
            field_dict["scale"] = scale

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        opacity = d.pop("opacity", UNSET)

        _placement = d.pop("placement", UNSET)
        placement: AvatarVWatermarkPlacement | Unset
        if isinstance(_placement, Unset):
            placement = UNSET
        else:
            placement = check_avatar_v_watermark_placement(_placement)

        scale = d.pop("scale", UNSET)

        avatar_v_watermark = cls(
            image_url=image_url,
            opacity=opacity,
            placement=placement,
            scale=scale,
        )

        avatar_v_watermark.additional_properties = d
        return avatar_v_watermark

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

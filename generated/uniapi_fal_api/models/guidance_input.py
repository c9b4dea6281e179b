from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.guidance_input_method import (
    GuidanceInputMethod,
    check_guidance_input_method,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="GuidanceInput")


@_attrs_define
class GuidanceInput:
    image_url: str
    """String."""
    method: GuidanceInputMethod | Unset = UNSET
    """One of "controlnet_canny", "controlnet_depth", "controlnet_recoloring",
    "controlnet_color_grid"."""
    scale: float | Unset = UNSET
    """Number, 0 to 1. Server default: 1."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        method: str | Unset = UNSET
        if not isinstance(self.method, Unset):
            method = self.method

        scale = self.scale

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "image_url": image_url,
            }
        )
        if method is not UNSET:
            field_dict["method"] = method
        if scale is not UNSET:
            field_dict["scale"] = scale

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        _method = d.pop("method", UNSET)
        method: GuidanceInputMethod | Unset
        if isinstance(_method, Unset):
            method = UNSET
        else:
            method = check_guidance_input_method(_method)

        scale = d.pop("scale", UNSET)

        guidance_input = cls(
            image_url=image_url,
            method=method,
            scale=scale,
        )

        guidance_input.additional_properties = d
        return guidance_input

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

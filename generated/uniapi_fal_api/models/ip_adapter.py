from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IPAdapter")


@_attrs_define
class IPAdapter:
    """An IP-Adapter conditioning on a reference image."""

    path: str
    """String."""
    image_encoder_path: str
    """String."""
    image_url: str
    """String."""
    scale: float
    """Number."""
    subfolder: str | Unset = UNSET
    """String."""
    weight_name: str | Unset = UNSET
    """String."""
    image_encoder_subfolder: str | Unset = UNSET
    """String."""
    image_encoder_weight_name: str | Unset = UNSET
    """String."""
    mask_image_url: str | Unset = UNSET
    """String."""
    mask_threshold: float | Unset = UNSET
    """Number, 0.01 to 0.99. Server default: 0.5."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        path = self.path

        image_encoder_path = self.image_encoder_path

        image_url = self.image_url

        scale = self.scale

        subfolder = self.subfolder

        weight_name = self.weight_name

        image_encoder_subfolder = self.image_encoder_subfolder

        image_encoder_weight_name = self.image_encoder_weight_name

        mask_image_url = self.mask_image_url

        mask_threshold = self.mask_threshold

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "path": path,
                "image_encoder_path": image_encoder_path,
                "image_url": image_url,
                "scale": scale,
            }
        )
        if subfolder is not UNSET:
            field_dict["subfolder"] = subfolder
        if weight_name is not UNSET:
            field_dict["weight_name"] = weight_name
        if image_encoder_subfolder is not UNSET:
            field_dict["image_encoder_subfolder"] = image_encoder_subfolder
        if image_encoder_weight_name is not UNSET:
            field_dict["image_encoder_weight_name"] = image_encoder_weight_name
        if mask_image_url is not UNSET:
            field_dict["mask_image_url"] = mask_image_url
        if mask_threshold is not UNSET:
            field_dict["mask_threshold"] = mask_threshold

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        path = d.pop("path")

        image_encoder_path = d.pop("image_encoder_path")

        image_url = d.pop("image_url")

        scale = d.pop("scale")

        subfolder = d.pop("subfolder", UNSET)

        weight_name = d.pop("weight_name", UNSET)

        image_encoder_subfolder = d.pop("image_encoder_subfolder", UNSET)

        image_encoder_weight_name = d.pop("image_encoder_weight_name", UNSET)

        mask_image_url = d.pop("mask_image_url", UNSET)

        mask_threshold = d.pop("mask_threshold", UNSET)

        ip_adapter = cls(
            path=path,
            image_encoder_path=image_encoder_path,
            image_url=image_url,
            scale=scale,
            subfolder=subfolder,
            weight_name=weight_name,
            image_encoder_subfolder=image_encoder_subfolder,
            image_encoder_weight_name=image_encoder_weight_name,
            mask_image_url=mask_image_url,
            mask_threshold=mask_threshold,
        )

        ip_adapter.additional_properties = d
        return ip_adapter

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IPAdapterV3AA0A0")


@_attrs_define
class IPAdapterV3AA0A0:
    image_encoder_path: str
    """String."""
    image_url: str
    """URL or local file."""
    path: str
    """String."""
    scale: float
    """Number."""
    image_encoder_subfolder: str | Unset = UNSET
    """String."""
    image_encoder_weight_name: str | Unset = UNSET
    """String."""
    mask_image_url: str | Unset = UNSET
    """URL or local file."""
    mask_threshold: float | Unset = UNSET
    """Number. Server default: 0.5."""
    subfolder: str | Unset = UNSET
    """String."""
    weight_name: str | Unset = UNSET
    """String."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_encoder_path = self.image_encoder_path

        image_url = self.image_url

        path = self.path

        scale = self.scale

        image_encoder_subfolder = self.image_encoder_subfolder

        image_encoder_weight_name = self.image_encoder_weight_name

        mask_image_url = self.mask_image_url

        mask_threshold = self.mask_threshold

        subfolder = self.subfolder

        weight_name = self.weight_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "image_encoder_path": image_encoder_path,
                "image_url": image_url,
                "path": path,
                "scale": scale,
            }
        )
        if image_encoder_subfolder is not UNSET:
            field_dict["image_encoder_subfolder"] = image_encoder_subfolder
        if image_encoder_weight_name is not UNSET:
            field_dict["image_encoder_weight_name"] = image_encoder_weight_name
        if mask_image_url is not UNSET:
            field_dict["mask_image_url"] = mask_image_url
        if mask_threshold is not UNSET:
            field_dict["mask_threshold"] = mask_threshold
        if subfolder is not UNSET:
            field_dict["subfolder"] = subfolder
        if weight_name is not UNSET:
            field_dict["weight_name"] = weight_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_encoder_path = d.pop("image_encoder_path")

        image_url = d.pop("image_url")

        path = d.pop("path")

        scale = d.pop("scale")

        image_encoder_subfolder = d.pop("image_encoder_subfolder", UNSET)

        image_encoder_weight_name = d.pop("image_encoder_weight_name", UNSET)

        mask_image_url = d.pop("mask_image_url", UNSET)

        mask_threshold = d.pop("mask_threshold", UNSET)

        subfolder = d.pop("subfolder", UNSET)

        weight_name = d.pop("weight_name", UNSET)

        ip_adapter_v3aa0a0 = cls(
            image_encoder_path=image_encoder_path,
            image_url=image_url,
            path=path,
            scale=scale,
            image_encoder_subfolder=image_encoder_subfolder,
            image_encoder_weight_name=image_encoder_weight_name,
            mask_image_url=mask_image_url,
            mask_threshold=mask_threshold,
            subfolder=subfolder,
            weight_name=weight_name,
        )

        ip_adapter_v3aa0a0.additional_properties = d
        return ip_adapter_v3aa0a0

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

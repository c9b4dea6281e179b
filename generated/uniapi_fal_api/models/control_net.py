from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ControlNet")


@_attrs_define
class ControlNet:
    """A ControlNet to condition generation on a control image."""

    path: str
    """String."""
    control_image_url: str
    """String."""
    config_url: str | Unset = UNSET
    """String."""
    variant: str | Unset = UNSET
    """String."""
    mask_image_url: None | str | Unset = UNSET
    """String or None."""
    mask_threshold: float | Unset = UNSET
    """Number, 0.01 to 0.99. Server default: 0.5."""
    conditioning_scale: float | Unset = UNSET
    """Number, 0 to 2. Server default: 1."""
    start_percentage: float | Unset = UNSET
    """Number, 0 to 1. Server default: 0."""
    end_percentage: float | Unset = UNSET
    """Number, 0 to 1. Server default: 1."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        path = self.path

        control_image_url = self.control_image_url

        config_url = self.config_url

        variant = self.variant

        mask_image_url: None | str | Unset
        if isinstance(self.mask_image_url, Unset):
            mask_image_url = UNSET
        else:
            mask_image_url = self.mask_image_url

        mask_threshold = self.mask_threshold

        conditioning_scale = self.conditioning_scale

        start_percentage = self.start_percentage

        end_percentage = self.end_percentage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "path": path,
                "control_image_url": control_image_url,
            }
        )
        if config_url is not UNSET:
            field_dict["config_url"] = config_url
        if variant is not UNSET:
            field_dict["variant"] = variant
        if mask_image_url is not UNSET:
            field_dict["mask_image_url"] = mask_image_url
        if mask_threshold is not UNSET:
            field_dict["mask_threshold"] = mask_threshold
        if conditioning_scale is not UNSET:
            field_dict["conditioning_scale"] = conditioning_scale
        if start_percentage is not UNSET:
            field_dict["start_percentage"] = start_percentage
        if end_percentage is not UNSET:
            field_dict["end_percentage"] = end_percentage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        path = d.pop("path")

        control_image_url = d.pop("control_image_url")

        config_url = d.pop("config_url", UNSET)

        variant = d.pop("variant", UNSET)

        def _parse_mask_image_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mask_image_url = _parse_mask_image_url(d.pop("mask_image_url", UNSET))

        mask_threshold = d.pop("mask_threshold", UNSET)

        conditioning_scale = d.pop("conditioning_scale", UNSET)

        start_percentage = d.pop("start_percentage", UNSET)

        end_percentage = d.pop("end_percentage", UNSET)

        control_net = cls(
            path=path,
            control_image_url=control_image_url,
            config_url=config_url,
            variant=variant,
            mask_image_url=mask_image_url,
            mask_threshold=mask_threshold,
            conditioning_scale=conditioning_scale,
            start_percentage=start_percentage,
            end_percentage=end_percentage,
        )

        control_net.additional_properties = d
        return control_net

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

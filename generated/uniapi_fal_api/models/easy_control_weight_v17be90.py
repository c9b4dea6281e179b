from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.easy_control_weight_v17be90_image_control_type import (
    EasyControlWeightV17BE90ImageControlType,
    check_easy_control_weight_v17be90_image_control_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="EasyControlWeightV17BE90")


@_attrs_define
class EasyControlWeightV17BE90:
    control_method_url: str
    """URL or local file."""
    image_control_type: EasyControlWeightV17BE90ImageControlType
    """One of "subject", "spatial"."""
    image_url: str
    """URL or local file."""
    scale: float | Unset = UNSET
    """Number. Server default: 1."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        control_method_url = self.control_method_url

        image_control_type: str = self.image_control_type

        image_url = self.image_url

        scale = self.scale

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "control_method_url": control_method_url,
                "image_control_type": image_control_type,
                "image_url": image_url,
            }
        )
        if scale is not UNSET:
            field_dict["scale"] = scale

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        control_method_url = d.pop("control_method_url")

        image_control_type = check_easy_control_weight_v17be90_image_control_type(
            d.pop("image_control_type")
        )

        image_url = d.pop("image_url")

        scale = d.pop("scale", UNSET)

        easy_control_weight_v17be90 = cls(
            control_method_url=control_method_url,
            image_control_type=image_control_type,
            image_url=image_url,
            scale=scale,
        )

        easy_control_weight_v17be90.additional_properties = d
        return easy_control_weight_v17be90

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

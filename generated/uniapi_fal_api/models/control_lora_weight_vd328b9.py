from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.control_lora_weight_vd328b9_preprocess import (
    ControlLoraWeightVD328B9Preprocess,
    check_control_lora_weight_vd328b9_preprocess,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ControlLoraWeightVD328B9")


@_attrs_define
class ControlLoraWeightVD328B9:
    control_image_url: str
    """URL or local file."""
    path: str
    """String."""
    preprocess: ControlLoraWeightVD328B9Preprocess | Unset = UNSET
    """One of "canny", "depth", "None". Server default: "None"."""
    scale: Any | Unset = UNSET
    """Any value. Server default: 1."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        control_image_url = self.control_image_url

        path = self.path

        preprocess: str | Unset = UNSET
        if not isinstance(self.preprocess, Unset):
            preprocess = self.preprocess

        scale = self.scale

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "control_image_url": control_image_url,
                "path": path,
            }
        )
        if preprocess is not UNSET:
            field_dict["preprocess"] = preprocess
        if scale is not UNSET:
            field_dict["scale"] = scale

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        control_image_url = d.pop("control_image_url")

        path = d.pop("path")

        _preprocess = d.pop("preprocess", UNSET)
        preprocess: ControlLoraWeightVD328B9Preprocess | Unset
        if isinstance(_preprocess, Unset):
            preprocess = UNSET
        else:
            preprocess = check_control_lora_weight_vd328b9_preprocess(_preprocess)

        scale = d.pop("scale", UNSET)

        control_lora_weight_vd328b9 = cls(
            control_image_url=control_image_url,
            path=path,
            preprocess=preprocess,
            scale=scale,
        )

        control_lora_weight_vd328b9.additional_properties = d
        return control_lora_weight_vd328b9

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

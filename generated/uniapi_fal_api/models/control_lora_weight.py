from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.control_lora_weight_preprocess import (
    ControlLoraWeightPreprocess,
    check_control_lora_weight_preprocess,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.control_lora_weight_scale_type_0 import ControlLoraWeightScaleType0


T = TypeVar("T", bound="ControlLoraWeight")


@_attrs_define
class ControlLoraWeight:
    path: str
    """String."""
    control_image_url: str
    """String."""
    scale: ControlLoraWeightScaleType0 | float | Unset = UNSET
    """Object or number, -4 to 4. Server default: 1."""
    preprocess: ControlLoraWeightPreprocess | Unset = UNSET
    """One of "canny", "depth", "None". Server default: "None"."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.control_lora_weight_scale_type_0 import (
            ControlLoraWeightScaleType0,  # noqa: PLC0415
        )

        path = self.path

        control_image_url = self.control_image_url

        scale: dict[str, Any] | float | Unset
        if isinstance(self.scale, Unset):
            scale = UNSET
        elif isinstance(self.scale, ControlLoraWeightScaleType0):
            scale = self.scale.to_dict()
        else:
            scale = self.scale

        preprocess: str | Unset = UNSET
        if not isinstance(self.preprocess, Unset):
            preprocess = self.preprocess

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "path": path,
                "control_image_url": control_image_url,
            }
        )
        if scale is not UNSET:
            field_dict["scale"] = scale
        if preprocess is not UNSET:
            field_dict["preprocess"] = preprocess

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.control_lora_weight_scale_type_0 import (
            ControlLoraWeightScaleType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        path = d.pop("path")

        control_image_url = d.pop("control_image_url")

        def _parse_scale(data: object) -> ControlLoraWeightScaleType0 | float | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                scale_type_0 = ControlLoraWeightScaleType0.from_dict(data)

                return scale_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ControlLoraWeightScaleType0 | float | Unset, data)

        scale = _parse_scale(d.pop("scale", UNSET))

        _preprocess = d.pop("preprocess", UNSET)
        preprocess: ControlLoraWeightPreprocess | Unset
        if isinstance(_preprocess, Unset):
            preprocess = UNSET
        else:
            preprocess = check_control_lora_weight_preprocess(_preprocess)

        control_lora_weight = cls(
            path=path,
            control_image_url=control_image_url,
            scale=scale,
            preprocess=preprocess,
        )

        control_lora_weight.additional_properties = d
        return control_lora_weight

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

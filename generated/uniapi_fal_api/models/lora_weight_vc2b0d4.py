from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.lora_weight_vc2b0d4_scale_type_0 import LoraWeightVC2B0D4ScaleType0


T = TypeVar("T", bound="LoraWeightVC2B0D4")


@_attrs_define
class LoraWeightVC2B0D4:
    path: str
    """String."""
    scale: float | LoraWeightVC2B0D4ScaleType0 | Unset = UNSET
    """Object or number, -4 to 4. Server default: 1."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.lora_weight_vc2b0d4_scale_type_0 import (
            LoraWeightVC2B0D4ScaleType0,  # noqa: PLC0415
        )

        path = self.path

        scale: dict[str, Any] | float | Unset
        if isinstance(self.scale, Unset):
            scale = UNSET
        elif isinstance(self.scale, LoraWeightVC2B0D4ScaleType0):
            scale = self.scale.to_dict()
        else:
            scale = self.scale

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "path": path,
            }
        )
        if scale is not UNSET:
            field_dict["scale"] = scale

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.lora_weight_vc2b0d4_scale_type_0 import (
            LoraWeightVC2B0D4ScaleType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        path = d.pop("path")

        def _parse_scale(data: object) -> float | LoraWeightVC2B0D4ScaleType0 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                scale_type_0 = LoraWeightVC2B0D4ScaleType0.from_dict(data)

                return scale_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(float | LoraWeightVC2B0D4ScaleType0 | Unset, data)

        scale = _parse_scale(d.pop("scale", UNSET))

        lora_weight_vc2b0d4 = cls(
            path=path,
            scale=scale,
        )

        lora_weight_vc2b0d4.additional_properties = d
        return lora_weight_vc2b0d4

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.weight_input_label import WeightInputLabel, check_weight_input_label
from ..models.weight_input_unit import WeightInputUnit, check_weight_input_unit
from ..types import UNSET, Unset

T = TypeVar("T", bound="WeightInput")


@_attrs_define
class WeightInput:
    unit: WeightInputUnit
    """One of "lb", "oz", "g", "kg"."""
    value: float
    """Number."""
    label: WeightInputLabel | Unset = UNSET
    """One of "Weight", "Net Weight". Server default: "Weight"."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        unit: str = self.unit

        value = self.value

        label: str | Unset = UNSET
        if not isinstance(self.label, Unset):
            label = self.label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "unit": unit,
                "value": value,
            }
        )
        if label is not UNSET:
            field_dict["label"] = label

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        unit = check_weight_input_unit(d.pop("unit"))

        value = d.pop("value")

        _label = d.pop("label", UNSET)
        label: WeightInputLabel | Unset
        if isinstance(_label, Unset):
            label = UNSET
        else:
            label = check_weight_input_label(_label)

        weight_input = cls(
            unit=unit,
            value=value,
            label=label,
        )

        weight_input.additional_properties = d
        return weight_input

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

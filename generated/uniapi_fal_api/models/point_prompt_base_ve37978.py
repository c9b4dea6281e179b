from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.point_prompt_base_ve37978_label import (
    PointPromptBaseVE37978Label,
    check_point_prompt_base_ve37978_label,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PointPromptBaseVE37978")


@_attrs_define
class PointPromptBaseVE37978:
    label: PointPromptBaseVE37978Label | Unset = UNSET
    """One of 0, 1."""
    object_id: float | Unset = UNSET
    """Number."""
    x: float | Unset = UNSET
    """Number."""
    y: float | Unset = UNSET
    """Number."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label: int | Unset = UNSET
        if not isinstance(self.label, Unset):
            label = self.label

        object_id = self.object_id

        x = self.x

        y = self.y

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if label is not UNSET:
            field_dict["label"] = label
        if object_id is not UNSET:
            field_dict["object_id"] = object_id
        if x is not UNSET:
            field_dict["x"] = x
        if y is not UNSET:
            field_dict["y"] = y

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _label = d.pop("label", UNSET)
        label: PointPromptBaseVE37978Label | Unset
        if isinstance(_label, Unset):
            label = UNSET
        else:
            label = check_point_prompt_base_ve37978_label(_label)

        object_id = d.pop("object_id", UNSET)

        x = d.pop("x", UNSET)

        y = d.pop("y", UNSET)

        point_prompt_base_ve37978 = cls(
            label=label,
            object_id=object_id,
            x=x,
            y=y,
        )

        point_prompt_base_ve37978.additional_properties = d
        return point_prompt_base_ve37978

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

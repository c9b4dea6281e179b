from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BoxPromptV16CD15")


@_attrs_define
class BoxPromptV16CD15:
    frame_index: float | Unset = UNSET
    """Number."""
    object_id: float | Unset = UNSET
    """Number."""
    x_max: float | Unset = UNSET
    """Number."""
    x_min: float | Unset = UNSET
    """Number."""
    y_max: float | Unset = UNSET
    """Number."""
    y_min: float | Unset = UNSET
    """Number."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        frame_index = self.frame_index

        object_id = self.object_id

        x_max = self.x_max

        x_min = self.x_min

        y_max = self.y_max

        y_min = self.y_min

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if frame_index is not UNSET:
            field_dict["frame_index"] = frame_index
        if object_id is not UNSET:
            field_dict["object_id"] = object_id
        if x_max is not UNSET:
            field_dict["x_max"] = x_max
        if x_min is not UNSET:
            field_dict["x_min"] = x_min
        if y_max is not UNSET:
            field_dict["y_max"] = y_max
        if y_min is not UNSET:
            field_dict["y_min"] = y_min

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        frame_index = d.pop("frame_index", UNSET)

        object_id = d.pop("object_id", UNSET)

        x_max = d.pop("x_max", UNSET)

        x_min = d.pop("x_min", UNSET)

        y_max = d.pop("y_max", UNSET)

        y_min = d.pop("y_min", UNSET)

        box_prompt_v16cd15 = cls(
            frame_index=frame_index,
            object_id=object_id,
            x_max=x_max,
            x_min=x_min,
            y_max=y_max,
            y_min=y_min,
        )

        box_prompt_v16cd15.additional_properties = d
        return box_prompt_v16cd15

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

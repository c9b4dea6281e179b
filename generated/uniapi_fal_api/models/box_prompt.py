from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BoxPrompt")


@_attrs_define
class BoxPrompt:
    x_min: int | Unset = UNSET
    """Integer."""
    y_min: int | Unset = UNSET
    """Integer."""
    x_max: int | Unset = UNSET
    """Integer."""
    y_max: int | Unset = UNSET
    """Integer."""
    object_id: int | Unset = UNSET
    """Integer."""
    frame_index: int | Unset = UNSET
    """Integer."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        x_min = self.x_min

        y_min = self.y_min

        x_max = self.x_max

        y_max = self.y_max

        object_id = self.object_id

        frame_index = self.frame_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if x_min is not UNSET:
            field_dict["x_min"] = x_min
        if y_min is not UNSET:
            field_dict["y_min"] = y_min
        if x_max is not UNSET:
            field_dict["x_max"] = x_max
        if y_max is not UNSET:
            field_dict["y_max"] = y_max
        if object_id is not UNSET:
            field_dict["object_id"] = object_id
        if frame_index is not UNSET:
            field_dict["frame_index"] = frame_index

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        x_min = d.pop("x_min", UNSET)

        y_min = d.pop("y_min", UNSET)

        x_max = d.pop("x_max", UNSET)

        y_max = d.pop("y_max", UNSET)

        object_id = d.pop("object_id", UNSET)

        frame_index = d.pop("frame_index", UNSET)

        box_prompt = cls(
            x_min=x_min,
            y_min=y_min,
            x_max=x_max,
            y_max=y_max,
            object_id=object_id,
            frame_index=frame_index,
        )

        box_prompt.additional_properties = d
        return box_prompt

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

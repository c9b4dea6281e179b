from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.point_prompt_v095739_label import (
    PointPromptV095739Label,
    check_point_prompt_v095739_label,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PointPromptV095739")


@_attrs_define
class PointPromptV095739:
    frame_index: float | Unset = UNSET
    """Number."""
    label: PointPromptV095739Label | Unset = UNSET
    """One of 0, 1."""
    object_id: float | Unset = UNSET
    """Number."""
    x: float | Unset = UNSET
    """Number."""
    y: float | Unset = UNSET
    """Number."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        frame_index = self.frame_index

        label: int | Unset = UNSET
        if not isinstance(self.label, Unset):
            label = self.label

        object_id = self.object_id

        x = self.x

        y = self.y

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if frame_index is not UNSET:
            field_dict["frame_index"] = frame_index
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
        frame_index = d.pop("frame_index", UNSET)

        _label = d.pop("label", UNSET)
        label: PointPromptV095739Label | Unset
        if isinstance(_label, Unset):
            label = UNSET
        else:
            label = check_point_prompt_v095739_label(_label)

        object_id = d.pop("object_id", UNSET)

        x = d.pop("x", UNSET)

        y = d.pop("y", UNSET)

        point_prompt_v095739 = cls(
            frame_index=frame_index,
            label=label,
            object_id=object_id,
            x=x,
            y=y,
        )

        point_prompt_v095739.additional_properties = d
        return point_prompt_v095739

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

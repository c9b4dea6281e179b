from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.point_prompt_label import PointPromptLabel, check_point_prompt_label
from ..types import UNSET, Unset

T = TypeVar("T", bound="PointPrompt")


@_attrs_define
class PointPrompt:
    x: int | Unset = UNSET
    """Integer."""
    y: int | Unset = UNSET
    """Integer."""
    label: PointPromptLabel | Unset = UNSET
    """One of 0, 1."""
    object_id: int | Unset = UNSET
    """Integer."""
    frame_index: int | Unset = UNSET
    """Integer."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        x = self.x

        y = self.y

        label: int | Unset = UNSET
        if not isinstance(self.label, Unset):
            label = self.label

        object_id = self.object_id

        frame_index = self.frame_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if x is not UNSET:
            field_dict["x"] = x
        if y is not UNSET:
            field_dict["y"] = y
        if label is not UNSET:
            field_dict["label"] = label
        if object_id is not UNSET:
            field_dict["object_id"] = object_id
        if frame_index is not UNSET:
            field_dict["frame_index"] = frame_index

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        x = d.pop("x", UNSET)

        y = d.pop("y", UNSET)

        _label = d.pop("label", UNSET)
        label: PointPromptLabel | Unset
        if isinstance(_label, Unset):
            label = UNSET
        else:
            label = check_point_prompt_label(_label)

        object_id = d.pop("object_id", UNSET)

        frame_index = d.pop("frame_index", UNSET)

        point_prompt = cls(
            x=x,
            y=y,
            label=label,
            object_id=object_id,
            frame_index=frame_index,
        )

        point_prompt.additional_properties = d
        return point_prompt

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

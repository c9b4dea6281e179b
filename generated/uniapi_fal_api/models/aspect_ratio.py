from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.aspect_ratio_ratio import AspectRatioRatio, check_aspect_ratio_ratio
from ..types import UNSET, Unset

T = TypeVar("T", bound="AspectRatio")


@_attrs_define
class AspectRatio:
    ratio: AspectRatioRatio | Unset = UNSET
    """One of "1:1", "16:9", "9:16", "4:3", "3:4". Server default: "1:1"."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ratio: str | Unset = UNSET
        if not isinstance(self.ratio, Unset):
            ratio = self.ratio

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ratio is not UNSET:
            field_dict["ratio"] = ratio

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _ratio = d.pop("ratio", UNSET)
        ratio: AspectRatioRatio | Unset
        if isinstance(_ratio, Unset):
            ratio = UNSET
        else:
            ratio = check_aspect_ratio_ratio(_ratio)

        aspect_ratio = cls(
            ratio=ratio,
        )

        aspect_ratio.additional_properties = d
        return aspect_ratio

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

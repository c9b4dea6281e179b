from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MaskMetadata")


@_attrs_define
class MaskMetadata:
    index: float
    """Number."""
    box: list[float] | Unset = UNSET
    """List of number."""
    score: float | Unset = UNSET
    """Number."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        index = self.index

        box: list[float] | Unset = UNSET
        if not isinstance(self.box, Unset):
            box = self.box

        score = self.score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "index": index,
            }
        )
        if box is not UNSET:
            field_dict["box"] = box
        if score is not UNSET:
            field_dict["score"] = score

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        index = d.pop("index")

        box = cast(list[float], d.pop("box", UNSET))

        score = d.pop("score", UNSET)

        mask_metadata = cls(
            index=index,
            box=box,
            score=score,
        )

        mask_metadata.additional_properties = d
        return mask_metadata

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

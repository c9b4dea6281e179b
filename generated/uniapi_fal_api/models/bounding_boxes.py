from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.bounding_box_v4ada27 import BoundingBoxV4ADA27


T = TypeVar("T", bound="BoundingBoxes")


@_attrs_define
class BoundingBoxes:
    bboxes: list[BoundingBoxV4ADA27]
    """List of BoundingBoxV4ADA27."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bboxes = []
        for bboxes_item_data in self.bboxes:
            bboxes_item = bboxes_item_data.to_dict()
            bboxes.append(bboxes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bboxes": bboxes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bounding_box_v4ada27 import BoundingBoxV4ADA27  # noqa: PLC0415

        d = dict(src_dict)
        bboxes = []
        _bboxes = d.pop("bboxes")
        for bboxes_item_data in _bboxes:
            bboxes_item = BoundingBoxV4ADA27.from_dict(bboxes_item_data)

            bboxes.append(bboxes_item)

        bounding_boxes = cls(
            bboxes=bboxes,
        )

        bounding_boxes.additional_properties = d
        return bounding_boxes

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

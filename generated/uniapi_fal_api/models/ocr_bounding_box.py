from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.bounding_box_v4ada27 import BoundingBoxV4ADA27


T = TypeVar("T", bound="OCRBoundingBox")


@_attrs_define
class OCRBoundingBox:
    quad_boxes: list[BoundingBoxV4ADA27]
    """List of BoundingBoxV4ADA27."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        quad_boxes = []
        for quad_boxes_item_data in self.quad_boxes:
            quad_boxes_item = quad_boxes_item_data.to_dict()
            quad_boxes.append(quad_boxes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "quad_boxes": quad_boxes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bounding_box_v4ada27 import BoundingBoxV4ADA27  # noqa: PLC0415

        d = dict(src_dict)
        quad_boxes = []
        _quad_boxes = d.pop("quad_boxes")
        for quad_boxes_item_data in _quad_boxes:
            quad_boxes_item = BoundingBoxV4ADA27.from_dict(quad_boxes_item_data)

            quad_boxes.append(quad_boxes_item)

        ocr_bounding_box = cls(
            quad_boxes=quad_boxes,
        )

        ocr_bounding_box.additional_properties = d
        return ocr_bounding_box

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

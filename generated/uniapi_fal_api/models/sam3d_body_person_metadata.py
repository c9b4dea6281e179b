from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SAM3DBodyPersonMetadata")


@_attrs_define
class SAM3DBodyPersonMetadata:
    person_id: int
    """Integer."""
    bbox: list[float]
    """List of number."""
    focal_length: float
    """Number."""
    pred_cam_t: list[float]
    """List of number."""
    keypoints_2d: list[list[float]]
    """List of list of number."""
    keypoints_3d: list[list[float]] | Unset = UNSET
    """List of list of number."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        person_id = self.person_id

        bbox = self.bbox

        focal_length = self.focal_length

        pred_cam_t = self.pred_cam_t

        keypoints_2d = []
        for keypoints_2d_item_data in self.keypoints_2d:
            keypoints_2d_item = keypoints_2d_item_data

            keypoints_2d.append(keypoints_2d_item)

        keypoints_3d: list[list[float]] | Unset = UNSET
        if not isinstance(self.keypoints_3d, Unset):
            keypoints_3d = []
            for keypoints_3d_item_data in self.keypoints_3d:
                keypoints_3d_item = keypoints_3d_item_data

                keypoints_3d.append(keypoints_3d_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "person_id": person_id,
                "bbox": bbox,
                "focal_length": focal_length,
                "pred_cam_t": pred_cam_t,
                "keypoints_2d": keypoints_2d,
            }
        )
        if keypoints_3d is not UNSET:
            field_dict["keypoints_3d"] = keypoints_3d

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        person_id = d.pop("person_id")

        bbox = cast(list[float], d.pop("bbox"))

        focal_length = d.pop("focal_length")

        pred_cam_t = cast(list[float], d.pop("pred_cam_t"))

        keypoints_2d = []
        _keypoints_2d = d.pop("keypoints_2d")
        for keypoints_2d_item_data in _keypoints_2d:
            keypoints_2d_item = cast(list[float], keypoints_2d_item_data)

            keypoints_2d.append(keypoints_2d_item)

        _keypoints_3d = d.pop("keypoints_3d", UNSET)
        keypoints_3d: list[list[float]] | Unset = UNSET
        if _keypoints_3d is not UNSET:
            keypoints_3d = []
            for keypoints_3d_item_data in _keypoints_3d:
                keypoints_3d_item = cast(list[float], keypoints_3d_item_data)

                keypoints_3d.append(keypoints_3d_item)

        sam3d_body_person_metadata = cls(
            person_id=person_id,
            bbox=bbox,
            focal_length=focal_length,
            pred_cam_t=pred_cam_t,
            keypoints_2d=keypoints_2d,
            keypoints_3d=keypoints_3d,
        )

        sam3d_body_person_metadata.additional_properties = d
        return sam3d_body_person_metadata

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

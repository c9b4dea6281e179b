from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Sync3ActiveSpeakerDetection")


@_attrs_define
class Sync3ActiveSpeakerDetection:
    auto_detect: bool | Unset = UNSET
    """Boolean."""
    bounding_boxes: list[list[float]] | Unset = UNSET
    """List of list of number."""
    bounding_boxes_url: str | Unset = UNSET
    """URL or local file."""
    coordinates: list[float] | Unset = UNSET
    """List of number."""
    face_image: str | Unset = UNSET
    """String."""
    frame_number: float | Unset = UNSET
    """Number."""
    use_v2: bool | Unset = UNSET
    """Boolean."""
    v3: bool | Unset = UNSET
    """Boolean."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auto_detect = self.auto_detect

        bounding_boxes: list[list[float]] | Unset = UNSET
        if not isinstance(self.bounding_boxes, Unset):
            bounding_boxes = []
            for bounding_boxes_item_data in self.bounding_boxes:
                bounding_boxes_item = bounding_boxes_item_data

                bounding_boxes.append(bounding_boxes_item)

        bounding_boxes_url = self.bounding_boxes_url

        coordinates: list[float] | Unset = UNSET
        if not isinstance(self.coordinates, Unset):
            coordinates = self.coordinates

        face_image = self.face_image

        frame_number = self.frame_number

        use_v2 = self.use_v2

        v3 = self.v3

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if auto_detect is not UNSET:
            field_dict["auto_detect"] = auto_detect
        if bounding_boxes is not UNSET:
            field_dict["bounding_boxes"] = bounding_boxes
        if bounding_boxes_url is not UNSET:
            field_dict["bounding_boxes_url"] = bounding_boxes_url
        if coordinates is not UNSET:
            field_dict["coordinates"] = coordinates
        if face_image is not UNSET:
            field_dict["face_image"] = face_image
        if frame_number is not UNSET:
            field_dict["frame_number"] = frame_number
        if use_v2 is not UNSET:
            field_dict["use_v2"] = use_v2
        if v3 is not UNSET:
            field_dict["v3"] = v3

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        auto_detect = d.pop("auto_detect", UNSET)

        _bounding_boxes = d.pop("bounding_boxes", UNSET)
        bounding_boxes: list[list[float]] | Unset = UNSET
        if _bounding_boxes is not UNSET:
            bounding_boxes = []
            for bounding_boxes_item_data in _bounding_boxes:
                bounding_boxes_item = cast(list[float], bounding_boxes_item_data)

                bounding_boxes.append(bounding_boxes_item)

        bounding_boxes_url = d.pop("bounding_boxes_url", UNSET)

        coordinates = cast(list[float], d.pop("coordinates", UNSET))

        face_image = d.pop("face_image", UNSET)

        frame_number = d.pop("frame_number", UNSET)

        use_v2 = d.pop("use_v2", UNSET)

        v3 = d.pop("v3", UNSET)

        sync_3_active_speaker_detection = cls(
            auto_detect=auto_detect,
            bounding_boxes=bounding_boxes,
            bounding_boxes_url=bounding_boxes_url,
            coordinates=coordinates,
            face_image=face_image,
            frame_number=frame_number,
            use_v2=use_v2,
            v3=v3,
        )

        sync_3_active_speaker_detection.additional_properties = d
        return sync_3_active_speaker_detection

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.image_v3c472c import ImageV3C472C
    from ..models.moondream_2_object_detection_output_objects_item import (
        Moondream2ObjectDetectionOutputObjectsItem,
    )


T = TypeVar("T", bound="Moondream2ObjectDetectionOutput")


@_attrs_define
class Moondream2ObjectDetectionOutput:
    """Output of `fal-ai/moondream2/object-detection` (vision)."""

    objects: list[Moondream2ObjectDetectionOutputObjectsItem]
    """Objects: list of object."""
    image: ImageV3C472C
    """ImageV3C472C."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        objects = []
        for objects_item_data in self.objects:
            objects_item = objects_item_data.to_dict()
            objects.append(objects_item)

        image = self.image.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "objects": objects,
                "image": image,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_v3c472c import ImageV3C472C  # noqa: PLC0415
        from ..models.moondream_2_object_detection_output_objects_item import (
            Moondream2ObjectDetectionOutputObjectsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        objects = []
        _objects = d.pop("objects")
        for objects_item_data in _objects:
            objects_item = Moondream2ObjectDetectionOutputObjectsItem.from_dict(objects_item_data)

            objects.append(objects_item)

        image = ImageV3C472C.from_dict(d.pop("image"))

        moondream_2_object_detection_output = cls(
            objects=objects,
            image=image,
        )

        moondream_2_object_detection_output.additional_properties = d
        return moondream_2_object_detection_output

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

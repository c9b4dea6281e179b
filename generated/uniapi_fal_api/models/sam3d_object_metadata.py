from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SAM3DObjectMetadata")


@_attrs_define
class SAM3DObjectMetadata:
    object_index: float
    """Number."""
    camera_pose: list[list[float]] | Unset = UNSET
    """List of list of number."""
    rotation: list[list[float]] | Unset = UNSET
    """List of list of number."""
    scale: list[list[float]] | Unset = UNSET
    """List of list of number."""
    translation: list[list[float]] | Unset = UNSET
    """List of list of number."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_index = self.object_index

        camera_pose: list[list[float]] | Unset = UNSET
        if not isinstance(self.camera_pose, Unset):
            camera_pose = []
            for camera_pose_item_data in self.camera_pose:
                camera_pose_item = camera_pose_item_data

                camera_pose.append(camera_pose_item)

        rotation: list[list[float]] | Unset = UNSET
        if not isinstance(self.rotation, Unset):
            rotation = []
            for rotation_item_data in self.rotation:
                rotation_item = rotation_item_data

                rotation.append(rotation_item)

        scale: list[list[float]] | Unset = UNSET
        if not isinstance(self.scale, Unset):
            scale = []
            for scale_item_data in self.scale:
                scale_item = scale_item_data

                scale.append(scale_item)

        translation: list[list[float]] | Unset = UNSET
        if not isinstance(self.translation, Unset):
            translation = []
            for translation_item_data in self.translation:
                translation_item = translation_item_data

                translation.append(translation_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object_index": object_index,
            }
        )
        if camera_pose is not UNSET:
            field_dict["camera_pose"] = camera_pose
        if rotation is not UNSET:
            field_dict["rotation"] = rotation
        if scale is not UNSET:
            field_dict["scale"] = scale
        if translation is not UNSET:
            field_dict["translation"] = translation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        object_index = d.pop("object_index")

        _camera_pose = d.pop("camera_pose", UNSET)
        camera_pose: list[list[float]] | Unset = UNSET
        if _camera_pose is not UNSET:
            camera_pose = []
            for camera_pose_item_data in _camera_pose:
                camera_pose_item = cast(list[float], camera_pose_item_data)

                camera_pose.append(camera_pose_item)

        _rotation = d.pop("rotation", UNSET)
        rotation: list[list[float]] | Unset = UNSET
        if _rotation is not UNSET:
            rotation = []
            for rotation_item_data in _rotation:
                rotation_item = cast(list[float], rotation_item_data)

                rotation.append(rotation_item)

        _scale = d.pop("scale", UNSET)
        scale: list[list[float]] | Unset = UNSET
        if _scale is not UNSET:
            scale = []
            for scale_item_data in _scale:
                scale_item = cast(list[float], scale_item_data)

                scale.append(scale_item)

        _translation = d.pop("translation", UNSET)
        translation: list[list[float]] | Unset = UNSET
        if _translation is not UNSET:
            translation = []
            for translation_item_data in _translation:
                translation_item = cast(list[float], translation_item_data)

                translation.append(translation_item)

        sam3d_object_metadata = cls(
            object_index=object_index,
            camera_pose=camera_pose,
            rotation=rotation,
            scale=scale,
            translation=translation,
        )

        sam3d_object_metadata.additional_properties = d
        return sam3d_object_metadata

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SAM3DBodyAlignmentInfo")


@_attrs_define
class SAM3DBodyAlignmentInfo:
    person_id: int
    """Integer."""
    scale_factor: float
    """Number."""
    translation: list[float]
    """List of number."""
    focal_length: float
    """Number."""
    target_points_count: int
    """Integer."""
    cropped_vertices_count: int
    """Integer."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        person_id = self.person_id

        scale_factor = self.scale_factor

        translation = self.translation

        focal_length = self.focal_length

        target_points_count = self.target_points_count

        cropped_vertices_count = self.cropped_vertices_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "person_id": person_id,
                "scale_factor": scale_factor,
                "translation": translation,
                "focal_length": focal_length,
                "target_points_count": target_points_count,
                "cropped_vertices_count": cropped_vertices_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        person_id = d.pop("person_id")

        scale_factor = d.pop("scale_factor")

        translation = cast(list[float], d.pop("translation"))

        focal_length = d.pop("focal_length")

        target_points_count = d.pop("target_points_count")

        cropped_vertices_count = d.pop("cropped_vertices_count")

        sam3d_body_alignment_info = cls(
            person_id=person_id,
            scale_factor=scale_factor,
            translation=translation,
            focal_length=focal_length,
            target_points_count=target_points_count,
            cropped_vertices_count=cropped_vertices_count,
        )

        sam3d_body_alignment_info.additional_properties = d
        return sam3d_body_alignment_info

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

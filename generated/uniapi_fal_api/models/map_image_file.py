from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.map_image_file_map_type import (
    MapImageFileMapType,
    check_map_image_file_map_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="MapImageFile")


@_attrs_define
class MapImageFile:
    map_type: MapImageFileMapType
    """One of "basecolor", "normal", "roughness", "metalness", "height"."""
    url: str
    """String."""
    content_type: str | Unset = UNSET
    """String."""
    file_name: str | Unset = UNSET
    """String."""
    file_size: float | Unset = UNSET
    """Number."""
    height: float | Unset = UNSET
    """Number."""
    width: float | Unset = UNSET
    """Number."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        map_type: str = self.map_type

        url = self.url

        content_type = self.content_type

        file_name = self.file_name

        file_size = self.file_size

        height = self.height

        width = self.width

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "map_type": map_type,
                "url": url,
            }
        )
        if content_type is not UNSET:
            field_dict["content_type"] = content_type
        if file_name is not UNSET:
            field_dict["file_name"] = file_name
        if file_size is not UNSET:
            field_dict["file_size"] = file_size
        if height is not UNSET:
            field_dict["height"] = height
        if width is not UNSET:
            field_dict["width"] = width

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        map_type = check_map_image_file_map_type(d.pop("map_type"))

        url = d.pop("url")

        content_type = d.pop("content_type", UNSET)

        file_name = d.pop("file_name", UNSET)

        file_size = d.pop("file_size", UNSET)

        height = d.pop("height", UNSET)

        width = d.pop("width", UNSET)

        map_image_file = cls(
            map_type=map_type,
            url=url,
            content_type=content_type,
            file_name=file_name,
            file_size=file_size,
            height=height,
            width=width,
        )

        map_image_file.additional_properties = d
        return map_image_file

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

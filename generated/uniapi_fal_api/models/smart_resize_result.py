from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.image_v5f105f import ImageV5F105F


T = TypeVar("T", bound="SmartResizeResult")


@_attrs_define
class SmartResizeResult:
    aspect_ratio: str
    """String."""
    description: str
    """String."""
    height: float
    """Number."""
    images: list[ImageV5F105F]
    """List of ImageV5F105F."""
    resolution: str
    """String."""
    width: float
    """Number."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        aspect_ratio = self.aspect_ratio

        description = self.description

        height = self.height

        images = []
        for images_item_data in self.images:
            images_item = images_item_data.to_dict()
            images.append(images_item)

        resolution = self.resolution

        width = self.width

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "aspect_ratio": aspect_ratio,
                "description": description,
                "height": height,
                "images": images,
                "resolution": resolution,
                "width": width,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_v5f105f import ImageV5F105F  # noqa: PLC0415

        d = dict(src_dict)
        aspect_ratio = d.pop("aspect_ratio")

        description = d.pop("description")

        height = d.pop("height")

        images = []
        _images = d.pop("images")
        for images_item_data in _images:
            images_item = ImageV5F105F.from_dict(images_item_data)

            images.append(images_item)

        resolution = d.pop("resolution")

        width = d.pop("width")

        smart_resize_result = cls(
            aspect_ratio=aspect_ratio,
            description=description,
            height=height,
            images=images,
            resolution=resolution,
            width=width,
        )

        smart_resize_result.additional_properties = d
        return smart_resize_result

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

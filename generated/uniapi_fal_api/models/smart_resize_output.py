from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.image_v5f105f import ImageV5F105F
    from ..models.smart_resize_result import SmartResizeResult


T = TypeVar("T", bound="SmartResizeOutput")


@_attrs_define
class SmartResizeOutput:
    """Output of `fal-ai/smart-resize` (unknown)."""

    description: str
    """String."""
    images: list[ImageV5F105F]
    """List of ImageV5F105F."""
    results: list[SmartResizeResult]
    """List of SmartResizeResult."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        images = []
        for images_item_data in self.images:
            images_item = images_item_data.to_dict()
            images.append(images_item)

        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "images": images,
                "results": results,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_v5f105f import ImageV5F105F  # noqa: PLC0415
        from ..models.smart_resize_result import SmartResizeResult  # noqa: PLC0415

        d = dict(src_dict)
        description = d.pop("description")

        images = []
        _images = d.pop("images")
        for images_item_data in _images:
            images_item = ImageV5F105F.from_dict(images_item_data)

            images.append(images_item)

        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = SmartResizeResult.from_dict(results_item_data)

            results.append(results_item)

        smart_resize_output = cls(
            description=description,
            images=images,
            results=results,
        )

        smart_resize_output.additional_properties = d
        return smart_resize_output

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RegistryImageFastSdxlModelsImageV4CA8B0")


@_attrs_define
class RegistryImageFastSdxlModelsImageV4CA8B0:
    height: float
    """Number."""
    url: str
    """String."""
    width: float
    """Number."""
    content_type: str | Unset = UNSET
    """String. Server default: "image/jpeg"."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        height = self.height

        url = self.url

        width = self.width

        content_type = self.content_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "height": height,
                "url": url,
                "width": width,
            }
        )
        if content_type is not UNSET:
            field_dict["content_type"] = content_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        height = d.pop("height")

        url = d.pop("url")

        width = d.pop("width")

        content_type = d.pop("content_type", UNSET)

        registry_image_fast_sdxl_models_image_v4ca8b0 = cls(
            height=height,
            url=url,
            width=width,
            content_type=content_type,
        )

        registry_image_fast_sdxl_models_image_v4ca8b0.additional_properties = d
        return registry_image_fast_sdxl_models_image_v4ca8b0

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

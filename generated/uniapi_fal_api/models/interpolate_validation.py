from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InterpolateValidation")


@_attrs_define
class InterpolateValidation:
    end_image_url: str
    """URL or local file."""
    prompt: str
    """String."""
    start_image_url: str
    """URL or local file."""
    middle_image_url: str | Unset = UNSET
    """URL or local file."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        end_image_url = self.end_image_url

        prompt = self.prompt

        start_image_url = self.start_image_url

        middle_image_url = self.middle_image_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "end_image_url": end_image_url,
                "prompt": prompt,
                "start_image_url": start_image_url,
            }
        )
        if middle_image_url is not UNSET:
            field_dict["middle_image_url"] = middle_image_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        end_image_url = d.pop("end_image_url")

        prompt = d.pop("prompt")

        start_image_url = d.pop("start_image_url")

        middle_image_url = d.pop("middle_image_url", UNSET)

        interpolate_validation = cls(
            end_image_url=end_image_url,
            prompt=prompt,
            start_image_url=start_image_url,
            middle_image_url=middle_image_url,
        )

        interpolate_validation.additional_properties = d
        return interpolate_validation

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

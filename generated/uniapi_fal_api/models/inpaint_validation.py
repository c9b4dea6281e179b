from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="InpaintValidation")


@_attrs_define
class InpaintValidation:
    mask_url: str
    """URL or local file."""
    prompt: str
    """String."""
    video_url: str
    """URL or local file."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mask_url = self.mask_url

        prompt = self.prompt

        video_url = self.video_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mask_url": mask_url,
                "prompt": prompt,
                "video_url": video_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mask_url = d.pop("mask_url")

        prompt = d.pop("prompt")

        video_url = d.pop("video_url")

        inpaint_validation = cls(
            mask_url=mask_url,
            prompt=prompt,
            video_url=video_url,
        )

        inpaint_validation.additional_properties = d
        return inpaint_validation

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_prompt_type import ImagePromptType, check_image_prompt_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="ImagePrompt")


@_attrs_define
class ImagePrompt:
    type_: ImagePromptType | Unset = UNSET
    """One of "ImagePrompt", "PyraCanny", "CPDS", "FaceSwap". Server default: "ImagePrompt"."""
    image_url: str | Unset = UNSET
    """String."""
    stop_at: float | Unset = UNSET
    """Number, 0 to 1. Server default: 0.5."""
    weight: float | Unset = UNSET
    """Number, 0 to 2. Server default: 1."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        image_url = self.image_url

        stop_at = self.stop_at

        weight = self.weight

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if stop_at is not UNSET:
            field_dict["stop_at"] = stop_at
        if weight is not UNSET:
            field_dict["weight"] = weight

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: ImagePromptType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_image_prompt_type(_type_)

        image_url = d.pop("image_url", UNSET)

        stop_at = d.pop("stop_at", UNSET)

        weight = d.pop("weight", UNSET)

        image_prompt = cls(
            type_=type_,
            image_url=image_url,
            stop_at=stop_at,
            weight=weight,
        )

        image_prompt.additional_properties = d
        return image_prompt

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

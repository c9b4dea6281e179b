from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_reference_type import ImageReferenceType, check_image_reference_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="ImageReference")


@_attrs_define
class ImageReference:
    image_url: str
    """URL or local file."""
    ref_name: str
    """String."""
    type_: ImageReferenceType | Unset = UNSET
    """One of "subject", "background". Server default: "subject"."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        ref_name = self.ref_name

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "image_url": image_url,
                "ref_name": ref_name,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        ref_name = d.pop("ref_name")

        _type_ = d.pop("type", UNSET)
        type_: ImageReferenceType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_image_reference_type(_type_)

        image_reference = cls(
            image_url=image_url,
            ref_name=ref_name,
            type_=type_,
        )

        image_reference.additional_properties = d
        return image_reference

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

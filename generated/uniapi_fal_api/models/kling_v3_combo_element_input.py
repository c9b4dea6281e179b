from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="KlingV3ComboElementInput")


@_attrs_define
class KlingV3ComboElementInput:
    frontal_image_url: str | Unset = UNSET
    """URL or local file."""
    reference_image_urls: list[str] | Unset = UNSET
    """List of string."""
    video_url: str | Unset = UNSET
    """URL or local file."""
    voice_id: str | Unset = UNSET
    """String."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        frontal_image_url = self.frontal_image_url

        reference_image_urls: list[str] | Unset = UNSET
        if not isinstance(self.reference_image_urls, Unset):
            reference_image_urls = self.reference_image_urls

        video_url = self.video_url

        voice_id = self.voice_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if frontal_image_url is not UNSET:
            field_dict["frontal_image_url"] = frontal_image_url
        if reference_image_urls is not UNSET:
            field_dict["reference_image_urls"] = reference_image_urls
        if video_url is not UNSET:
            field_dict["video_url"] = video_url
        if voice_id is not UNSET:
            field_dict["voice_id"] = voice_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        frontal_image_url = d.pop("frontal_image_url", UNSET)

        reference_image_urls = cast(list[str], d.pop("reference_image_urls", UNSET))

        video_url = d.pop("video_url", UNSET)

        voice_id = d.pop("voice_id", UNSET)

        kling_v3_combo_element_input = cls(
            frontal_image_url=frontal_image_url,
            reference_image_urls=reference_image_urls,
            video_url=video_url,
            voice_id=voice_id,
        )

        kling_v3_combo_element_input.additional_properties = d
        return kling_v3_combo_element_input

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

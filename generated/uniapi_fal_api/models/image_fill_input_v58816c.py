from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ImageFillInputV58816C")


@_attrs_define
class ImageFillInputV58816C:
    fill_image_url: list[str] | str | Unset = UNSET
    """URL or local file or list of URL or local file."""
    in_context_fill: bool | Unset = UNSET
    """Boolean."""
    use_prompt: bool | Unset = UNSET
    """Boolean."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fill_image_url: list[str] | str | Unset
        if isinstance(self.fill_image_url, Unset):
            fill_image_url = UNSET
        elif isinstance(self.fill_image_url, list):
            fill_image_url = self.fill_image_url

        else:
            fill_image_url = self.fill_image_url

        in_context_fill = self.in_context_fill

        use_prompt = self.use_prompt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if fill_image_url is not UNSET:
            field_dict["fill_image_url"] = fill_image_url
        if in_context_fill is not UNSET:
            field_dict["in_context_fill"] = in_context_fill
        if use_prompt is not UNSET:
            field_dict["use_prompt"] = use_prompt

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_fill_image_url(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                fill_image_url_type_1 = cast(list[str], data)

                return fill_image_url_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        fill_image_url = _parse_fill_image_url(d.pop("fill_image_url", UNSET))

        in_context_fill = d.pop("in_context_fill", UNSET)

        use_prompt = d.pop("use_prompt", UNSET)

        image_fill_input_v58816c = cls(
            fill_image_url=fill_image_url,
            in_context_fill=in_context_fill,
            use_prompt=use_prompt,
        )

        image_fill_input_v58816c.additional_properties = d
        return image_fill_input_v58816c

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

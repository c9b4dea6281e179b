from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="XAilabNsfwOutput")


@_attrs_define
class XAilabNsfwOutput:
    """Output of `fal-ai/x-ailab/nsfw` (vision)."""

    has_nsfw_concepts: list[bool]
    """Has Nsfw Concepts: list of boolean."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        has_nsfw_concepts = self.has_nsfw_concepts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "has_nsfw_concepts": has_nsfw_concepts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        has_nsfw_concepts = cast(list[bool], d.pop("has_nsfw_concepts"))

        x_ailab_nsfw_output = cls(
            has_nsfw_concepts=has_nsfw_concepts,
        )

        x_ailab_nsfw_output.additional_properties = d
        return x_ailab_nsfw_output

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

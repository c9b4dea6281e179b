from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.kling_v3_multi_prompt_element_duration import (
    KlingV3MultiPromptElementDuration,
    check_kling_v3_multi_prompt_element_duration,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="KlingV3MultiPromptElement")


@_attrs_define
class KlingV3MultiPromptElement:
    prompt: str
    """String."""
    duration: KlingV3MultiPromptElementDuration | Unset = UNSET
    """One of "1", "2", "3", "4", "5", "6", "7", "8", ... (15 values). Server default: "5"."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        duration: str | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if duration is not UNSET:
            field_dict["duration"] = duration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        _duration = d.pop("duration", UNSET)
        duration: KlingV3MultiPromptElementDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_kling_v3_multi_prompt_element_duration(_duration)

        kling_v3_multi_prompt_element = cls(
            prompt=prompt,
            duration=duration,
        )

        kling_v3_multi_prompt_element.additional_properties = d
        return kling_v3_multi_prompt_element

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PerceptronIsaac01OpenaiV1ChatCompletionsOutput")


@_attrs_define
class PerceptronIsaac01OpenaiV1ChatCompletionsOutput:
    """Output of `perceptron/isaac-01/openai/v1/chat/completions` (vision). fal no longer lists this endpoint."""

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        perceptron_isaac_01_openai_v1_chat_completions_output = cls()

        perceptron_isaac_01_openai_v1_chat_completions_output.additional_properties = d
        return perceptron_isaac_01_openai_v1_chat_completions_output

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

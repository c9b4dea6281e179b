from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..fal_typing import FalInput

if TYPE_CHECKING:
    from .perceptron_isaac_01_openai_v1_chat_completions_output import (
        PerceptronIsaac01OpenaiV1ChatCompletionsOutput,  # noqa: F401
    )


T = TypeVar("T", bound="PerceptronIsaac01OpenaiV1ChatCompletionsInput")


@_attrs_define
class PerceptronIsaac01OpenaiV1ChatCompletionsInput(
    FalInput["PerceptronIsaac01OpenaiV1ChatCompletionsOutput"],
    endpoint="perceptron/isaac-01/openai/v1/chat/completions",
):
    """Input of `perceptron/isaac-01/openai/v1/chat/completions` (vision). fal no longer lists this endpoint."""

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        perceptron_isaac_01_openai_v1_chat_completions_input = cls()

        perceptron_isaac_01_openai_v1_chat_completions_input.additional_properties = d
        return perceptron_isaac_01_openai_v1_chat_completions_input

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

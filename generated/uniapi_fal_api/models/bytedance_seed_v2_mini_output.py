from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.seed_2_mini_message import Seed2MiniMessage


T = TypeVar("T", bound="BytedanceSeedV2MiniOutput")


@_attrs_define
class BytedanceSeedV2MiniOutput:
    """Output of `fal-ai/bytedance/seed/v2/mini` (unknown)."""

    messages: list[Seed2MiniMessage]
    """List of Seed2MiniMessage."""
    output: str
    """String."""
    reasoning_content: str | Unset = UNSET
    """String."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        messages = []
        for messages_item_data in self.messages:
            messages_item = messages_item_data.to_dict()
            messages.append(messages_item)

        output = self.output

        reasoning_content = self.reasoning_content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "messages": messages,
                "output": output,
            }
        )
        if reasoning_content is not UNSET:
            field_dict["reasoning_content"] = reasoning_content

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.seed_2_mini_message import Seed2MiniMessage  # noqa: PLC0415

        d = dict(src_dict)
        messages = []
        _messages = d.pop("messages")
        for messages_item_data in _messages:
            messages_item = Seed2MiniMessage.from_dict(messages_item_data)

            messages.append(messages_item)

        output = d.pop("output")

        reasoning_content = d.pop("reasoning_content", UNSET)

        bytedance_seed_v2_mini_output = cls(
            messages=messages,
            output=output,
            reasoning_content=reasoning_content,
        )

        bytedance_seed_v2_mini_output.additional_properties = d
        return bytedance_seed_v2_mini_output

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

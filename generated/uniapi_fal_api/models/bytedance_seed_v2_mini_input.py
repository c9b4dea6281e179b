from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.bytedance_seed_v2_mini_input_reasoning_effort import (
    BytedanceSeedV2MiniInputReasoningEffort,
    check_bytedance_seed_v2_mini_input_reasoning_effort,
)
from ..models.bytedance_seed_v2_mini_input_thinking import (
    BytedanceSeedV2MiniInputThinking,
    check_bytedance_seed_v2_mini_input_thinking,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.seed_2_mini_message import Seed2MiniMessage
    from .bytedance_seed_v2_mini_output import BytedanceSeedV2MiniOutput  # noqa: F401


T = TypeVar("T", bound="BytedanceSeedV2MiniInput")


@_attrs_define
class BytedanceSeedV2MiniInput(
    FalInput["BytedanceSeedV2MiniOutput"], endpoint="fal-ai/bytedance/seed/v2/mini"
):
    """Input of `fal-ai/bytedance/seed/v2/mini` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    prompt: str
    """String."""
    image_urls: list[str] | Unset = UNSET
    """List of string."""
    max_completion_tokens: float | Unset = UNSET
    """Number. Server default: 4096."""
    messages: list[Seed2MiniMessage] | Unset = UNSET
    """List of Seed2MiniMessage."""
    reasoning_effort: BytedanceSeedV2MiniInputReasoningEffort | Unset = UNSET
    """One of "minimal", "low", "medium", "high"."""
    system_prompt: str | Unset = UNSET
    """String."""
    temperature: float | Unset = UNSET
    """Number. Server default: 1."""
    thinking: BytedanceSeedV2MiniInputThinking | Unset = UNSET
    """One of "enabled", "disabled", "auto". Server default: "enabled"."""
    top_p: float | Unset = UNSET
    """Number. Server default: 0.7."""
    video_urls: list[str] | Unset = UNSET
    """List of string."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        image_urls: list[str] | Unset = UNSET
        if not isinstance(self.image_urls, Unset):
            image_urls = self.image_urls

        max_completion_tokens = self.max_completion_tokens

        messages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.messages, Unset):
            messages = []
            for messages_item_data in self.messages:
                messages_item = messages_item_data.to_dict()
                messages.append(messages_item)

        reasoning_effort: str | Unset = UNSET
        if not isinstance(self.reasoning_effort, Unset):
            reasoning_effort = self.reasoning_effort

        system_prompt = self.system_prompt

        temperature = self.temperature

        thinking: str | Unset = UNSET
        if not isinstance(self.thinking, Unset):
            thinking = self.thinking

        top_p = self.top_p

        video_urls: list[str] | Unset = UNSET
        if not isinstance(self.video_urls, Unset):
            video_urls = self.video_urls

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if image_urls is not UNSET:
            field_dict["image_urls"] = image_urls
        if max_completion_tokens is not UNSET:
            field_dict["max_completion_tokens"] = max_completion_tokens
        if messages is not UNSET:
            field_dict["messages"] = messages
        if reasoning_effort is not UNSET:
            field_dict["reasoning_effort"] = reasoning_effort
        if system_prompt is not UNSET:
            field_dict["system_prompt"] = system_prompt
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if thinking is not UNSET:
            field_dict["thinking"] = thinking
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if video_urls is not UNSET:
            field_dict["video_urls"] = video_urls

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.seed_2_mini_message import Seed2MiniMessage  # noqa: PLC0415

        d = dict(src_dict)
        prompt = d.pop("prompt")

        image_urls = cast(list[str], d.pop("image_urls", UNSET))

        max_completion_tokens = d.pop("max_completion_tokens", UNSET)

        _messages = d.pop("messages", UNSET)
        messages: list[Seed2MiniMessage] | Unset = UNSET
        if _messages is not UNSET:
            messages = []
            for messages_item_data in _messages:
                messages_item = Seed2MiniMessage.from_dict(messages_item_data)

                messages.append(messages_item)

        _reasoning_effort = d.pop("reasoning_effort", UNSET)
        reasoning_effort: BytedanceSeedV2MiniInputReasoningEffort | Unset
        if isinstance(_reasoning_effort, Unset):
            reasoning_effort = UNSET
        else:
            reasoning_effort = check_bytedance_seed_v2_mini_input_reasoning_effort(
                _reasoning_effort
            )

        system_prompt = d.pop("system_prompt", UNSET)

        temperature = d.pop("temperature", UNSET)

        _thinking = d.pop("thinking", UNSET)
        thinking: BytedanceSeedV2MiniInputThinking | Unset
        if isinstance(_thinking, Unset):
            thinking = UNSET
        else:
            thinking = check_bytedance_seed_v2_mini_input_thinking(_thinking)

        top_p = d.pop("top_p", UNSET)

        video_urls = cast(list[str], d.pop("video_urls", UNSET))

        bytedance_seed_v2_mini_input = cls(
            prompt=prompt,
            image_urls=image_urls,
            max_completion_tokens=max_completion_tokens,
            messages=messages,
            reasoning_effort=reasoning_effort,
            system_prompt=system_prompt,
            temperature=temperature,
            thinking=thinking,
            top_p=top_p,
            video_urls=video_urls,
        )

        return bytedance_seed_v2_mini_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .openrouter_router_audio_output import OpenrouterRouterAudioOutput  # noqa: F401


T = TypeVar("T", bound="OpenrouterRouterAudioInput")


@_attrs_define
class OpenrouterRouterAudioInput(
    FalInput["OpenrouterRouterAudioOutput"], endpoint="openrouter/router/audio"
):
    """Input of `openrouter/router/audio` (unknown)."""

    audio_url: str
    """Audio Url: string."""
    prompt: str
    """Prompt: string."""
    model: str
    """Model: string."""
    system_prompt: str | Unset = UNSET
    """System Prompt: string."""
    reasoning: bool | Unset = UNSET
    """Reasoning: boolean. Server default: false."""
    temperature: float | Unset = UNSET
    """Temperature: number, 0 to 2. Server default: 1."""
    max_tokens: int | Unset = UNSET
    """Max Tokens: integer, at least 1."""

    def to_dict(self) -> dict[str, Any]:
        audio_url = self.audio_url

        prompt = self.prompt

        model = self.model

        system_prompt = self.system_prompt

        reasoning = self.reasoning

        temperature = self.temperature

        max_tokens = self.max_tokens

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "audio_url": audio_url,
                "prompt": prompt,
                "model": model,
            }
        )
        if system_prompt is not UNSET:
            field_dict["system_prompt"] = system_prompt
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        audio_url = d.pop("audio_url")

        prompt = d.pop("prompt")

        model = d.pop("model")

        system_prompt = d.pop("system_prompt", UNSET)

        reasoning = d.pop("reasoning", UNSET)

        temperature = d.pop("temperature", UNSET)

        max_tokens = d.pop("max_tokens", UNSET)

        openrouter_router_audio_input = cls(
            audio_url=audio_url,
            prompt=prompt,
            model=model,
            system_prompt=system_prompt,
            reasoning=reasoning,
            temperature=temperature,
            max_tokens=max_tokens,
        )

        return openrouter_router_audio_input

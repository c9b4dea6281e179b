from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .openrouter_router_video_enterprise_output import (
        OpenrouterRouterVideoEnterpriseOutput,  # noqa: F401
    )


T = TypeVar("T", bound="OpenrouterRouterVideoEnterpriseInput")


@_attrs_define
class OpenrouterRouterVideoEnterpriseInput(
    FalInput["OpenrouterRouterVideoEnterpriseOutput"], endpoint="openrouter/router/video/enterprise"
):
    """Input of `openrouter/router/video/enterprise` (video-to-text)."""

    prompt: str
    """Prompt: string."""
    model: str
    """Model: string."""
    video_urls: list[str] | Unset = UNSET
    """Video Urls: list of string."""
    system_prompt: str | Unset = UNSET
    """System Prompt: string."""
    reasoning: bool | Unset = UNSET
    """Reasoning: boolean. Server default: false."""
    temperature: float | Unset = UNSET
    """Temperature: number, 0 to 2. Server default: 1."""
    max_tokens: int | Unset = UNSET
    """Max Tokens: integer, at least 1."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        model = self.model

        video_urls: list[str] | Unset = UNSET
        if not isinstance(self.video_urls, Unset):
            video_urls = self.video_urls

        system_prompt = self.system_prompt

        reasoning = self.reasoning

        temperature = self.temperature

        max_tokens = self.max_tokens

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
                "model": model,
            }
        )
        if video_urls is not UNSET:
            field_dict["video_urls"] = video_urls
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
        prompt = d.pop("prompt")

        model = d.pop("model")

        video_urls = cast(list[str], d.pop("video_urls", UNSET))

        system_prompt = d.pop("system_prompt", UNSET)

        reasoning = d.pop("reasoning", UNSET)

        temperature = d.pop("temperature", UNSET)

        max_tokens = d.pop("max_tokens", UNSET)

        openrouter_router_video_enterprise_input = cls(
            prompt=prompt,
            model=model,
            video_urls=video_urls,
            system_prompt=system_prompt,
            reasoning=reasoning,
            temperature=temperature,
            max_tokens=max_tokens,
        )

        return openrouter_router_video_enterprise_input

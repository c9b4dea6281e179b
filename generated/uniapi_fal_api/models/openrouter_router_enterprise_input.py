from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .openrouter_router_enterprise_output import OpenrouterRouterEnterpriseOutput  # noqa: F401


T = TypeVar("T", bound="OpenrouterRouterEnterpriseInput")


@_attrs_define
class OpenrouterRouterEnterpriseInput(
    FalInput["OpenrouterRouterEnterpriseOutput"], endpoint="openrouter/router/enterprise"
):
    """Input of `openrouter/router/enterprise` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    model: str
    """String."""
    prompt: str
    """String."""
    max_tokens: float | Unset = UNSET
    """Number."""
    reasoning: bool | Unset = UNSET
    """Boolean."""
    system_prompt: str | Unset = UNSET
    """String."""
    temperature: float | Unset = UNSET
    """Number. Server default: 1."""

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        prompt = self.prompt

        max_tokens = self.max_tokens

        reasoning = self.reasoning

        system_prompt = self.system_prompt

        temperature = self.temperature

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "model": model,
                "prompt": prompt,
            }
        )
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning
        if system_prompt is not UNSET:
            field_dict["system_prompt"] = system_prompt
        if temperature is not UNSET:
            field_dict["temperature"] = temperature

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        model = d.pop("model")

        prompt = d.pop("prompt")

        max_tokens = d.pop("max_tokens", UNSET)

        reasoning = d.pop("reasoning", UNSET)

        system_prompt = d.pop("system_prompt", UNSET)

        temperature = d.pop("temperature", UNSET)

        openrouter_router_enterprise_input = cls(
            model=model,
            prompt=prompt,
            max_tokens=max_tokens,
            reasoning=reasoning,
            system_prompt=system_prompt,
            temperature=temperature,
        )

        return openrouter_router_enterprise_input

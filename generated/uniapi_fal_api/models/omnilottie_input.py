from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .omnilottie_output import OmnilottieOutput  # noqa: F401


T = TypeVar("T", bound="OmnilottieInput")


@_attrs_define
class OmnilottieInput(FalInput["OmnilottieOutput"], endpoint="fal-ai/omnilottie"):
    """Input of `fal-ai/omnilottie` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript types):
    types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    prompt: str
    """String."""
    max_tokens: float | Unset = UNSET
    """Number. Server default: 4096."""
    temperature: float | Unset = UNSET
    """Number. Server default: 0.9."""
    top_k: float | Unset = UNSET
    """Number. Server default: 5."""
    top_p: float | Unset = UNSET
    """Number. Server default: 0.25."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        max_tokens = self.max_tokens

        temperature = self.temperature

        top_k = self.top_k

        top_p = self.top_p

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if top_k is not UNSET:
            field_dict["top_k"] = top_k
        if top_p is not UNSET:
            field_dict["top_p"] = top_p

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        max_tokens = d.pop("max_tokens", UNSET)

        temperature = d.pop("temperature", UNSET)

        top_k = d.pop("top_k", UNSET)

        top_p = d.pop("top_p", UNSET)

        omnilottie_input = cls(
            prompt=prompt,
            max_tokens=max_tokens,
            temperature=temperature,
            top_k=top_k,
            top_p=top_p,
        )

        return omnilottie_input

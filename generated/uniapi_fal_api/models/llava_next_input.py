from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .llava_next_output import LlavaNextOutput  # noqa: F401


T = TypeVar("T", bound="LlavaNextInput")


@_attrs_define
class LlavaNextInput(FalInput["LlavaNextOutput"], endpoint="fal-ai/llava-next"):
    """Input of `fal-ai/llava-next` (vision)."""

    image_url: str
    """Image URL: string."""
    prompt: str
    """Prompt: string."""
    max_tokens: int | Unset = UNSET
    """Max Tokens: integer. Server default: 64."""
    temperature: float | Unset = UNSET
    """Temperature: number, at most 1, more than 0. Server default: 0.2."""
    top_p: float | Unset = UNSET
    """Top P: number, 0 to 1. Server default: 1."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        prompt = self.prompt

        max_tokens = self.max_tokens

        temperature = self.temperature

        top_p = self.top_p

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
                "prompt": prompt,
            }
        )
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if top_p is not UNSET:
            field_dict["top_p"] = top_p

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        prompt = d.pop("prompt")

        max_tokens = d.pop("max_tokens", UNSET)

        temperature = d.pop("temperature", UNSET)

        top_p = d.pop("top_p", UNSET)

        llava_next_input = cls(
            image_url=image_url,
            prompt=prompt,
            max_tokens=max_tokens,
            temperature=temperature,
            top_p=top_p,
        )

        return llava_next_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .moondream_3_preview_query_output import Moondream3PreviewQueryOutput  # noqa: F401


T = TypeVar("T", bound="Moondream3PreviewQueryInput")


@_attrs_define
class Moondream3PreviewQueryInput(
    FalInput["Moondream3PreviewQueryOutput"], endpoint="fal-ai/moondream3-preview/query"
):
    """Input of `fal-ai/moondream3-preview/query` (vision)."""

    image_url: str
    """Image URL: string."""
    prompt: str
    """Prompt: string, at least 1 character."""
    reasoning: bool | Unset = UNSET
    """Reasoning: boolean. Server default: true."""
    temperature: float | Unset = UNSET
    """Temperature: number, 0 to 1."""
    top_p: float | Unset = UNSET
    """Top P: number, 0 to 1."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        prompt = self.prompt

        reasoning = self.reasoning

        temperature = self.temperature

        top_p = self.top_p

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
                "prompt": prompt,
            }
        )
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning
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

        reasoning = d.pop("reasoning", UNSET)

        temperature = d.pop("temperature", UNSET)

        top_p = d.pop("top_p", UNSET)

        moondream_3_preview_query_input = cls(
            image_url=image_url,
            prompt=prompt,
            reasoning=reasoning,
            temperature=temperature,
            top_p=top_p,
        )

        return moondream_3_preview_query_input

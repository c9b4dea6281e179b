from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .moondream_next_batch_output import MoondreamNextBatchOutput  # noqa: F401


T = TypeVar("T", bound="MoondreamNextBatchInput")


@_attrs_define
class MoondreamNextBatchInput(
    FalInput["MoondreamNextBatchOutput"], endpoint="fal-ai/moondream-next/batch"
):
    """Input of `fal-ai/moondream-next/batch` (vision)."""

    images_data_url: str
    """Image URLs: string."""
    prompt: str
    """Prompt: string."""
    max_tokens: int | Unset = UNSET
    """Max Tokens: integer, 1 to 512. Server default: 64."""

    def to_dict(self) -> dict[str, Any]:
        images_data_url = self.images_data_url

        prompt = self.prompt

        max_tokens = self.max_tokens

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "images_data_url": images_data_url,
                "prompt": prompt,
            }
        )
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        images_data_url = d.pop("images_data_url")

        prompt = d.pop("prompt")

        max_tokens = d.pop("max_tokens", UNSET)

        moondream_next_batch_input = cls(
            images_data_url=images_data_url,
            prompt=prompt,
            max_tokens=max_tokens,
        )

        return moondream_next_batch_input

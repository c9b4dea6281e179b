from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput

if TYPE_CHECKING:
    from .qwen_3_guard_output import Qwen3GuardOutput  # noqa: F401


T = TypeVar("T", bound="Qwen3GuardInput")


@_attrs_define
class Qwen3GuardInput(FalInput["Qwen3GuardOutput"], endpoint="fal-ai/qwen-3-guard"):
    """Input of `fal-ai/qwen-3-guard` (llm). fal no longer lists this endpoint."""

    prompt: str
    """Prompt: string, at most 131,072 characters."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        qwen_3_guard_input = cls(
            prompt=prompt,
        )

        return qwen_3_guard_input

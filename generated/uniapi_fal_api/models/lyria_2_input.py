from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .lyria_2_output import Lyria2Output  # noqa: F401


T = TypeVar("T", bound="Lyria2Input")


@_attrs_define
class Lyria2Input(FalInput["Lyria2Output"], endpoint="fal-ai/lyria2"):
    """Input of `fal-ai/lyria2` (text-to-audio)."""

    prompt: str
    """Prompt: string, 1 to 2,000 characters."""
    negative_prompt: str | Unset = UNSET
    """Negative Prompt: string. Server default: "low quality"."""
    seed: int | Unset = UNSET
    """Seed: integer."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        negative_prompt = self.negative_prompt

        seed = self.seed

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if seed is not UNSET:
            field_dict["seed"] = seed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        negative_prompt = d.pop("negative_prompt", UNSET)

        seed = d.pop("seed", UNSET)

        lyria_2_input = cls(
            prompt=prompt,
            negative_prompt=negative_prompt,
            seed=seed,
        )

        return lyria_2_input

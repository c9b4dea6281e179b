from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .mochi_v1_output import MochiV1Output  # noqa: F401


T = TypeVar("T", bound="MochiV1Input")


@_attrs_define
class MochiV1Input(FalInput["MochiV1Output"], endpoint="fal-ai/mochi-v1"):
    """Input of `fal-ai/mochi-v1` (text-to-video). fal no longer lists this endpoint."""

    prompt: str
    """Prompt: string."""
    negative_prompt: str | Unset = UNSET
    """Negative Prompt: string. Server default: ""."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    enable_prompt_expansion: bool | Unset = UNSET
    """Enable Prompt Expansion: boolean. Server default: true."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        negative_prompt = self.negative_prompt

        seed = self.seed

        enable_prompt_expansion = self.enable_prompt_expansion

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
        if enable_prompt_expansion is not UNSET:
            field_dict["enable_prompt_expansion"] = enable_prompt_expansion

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        negative_prompt = d.pop("negative_prompt", UNSET)

        seed = d.pop("seed", UNSET)

        enable_prompt_expansion = d.pop("enable_prompt_expansion", UNSET)

        mochi_v1_input = cls(
            prompt=prompt,
            negative_prompt=negative_prompt,
            seed=seed,
            enable_prompt_expansion=enable_prompt_expansion,
        )

        return mochi_v1_input

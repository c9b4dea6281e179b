from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .minimax_hailuo_02_pro_text_to_video_output import (
        MinimaxHailuo02ProTextToVideoOutput,  # noqa: F401
    )


T = TypeVar("T", bound="MinimaxHailuo02ProTextToVideoInput")


@_attrs_define
class MinimaxHailuo02ProTextToVideoInput(
    FalInput["MinimaxHailuo02ProTextToVideoOutput"],
    endpoint="fal-ai/minimax/hailuo-02/pro/text-to-video",
):
    """Input of `fal-ai/minimax/hailuo-02/pro/text-to-video` (text-to-video). fal publishes no constraints for it (it comes
    from fal's TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are
    not.

    """

    prompt: str
    """String."""
    prompt_optimizer: bool | Unset = UNSET
    """Boolean. Server default: true."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        prompt_optimizer = self.prompt_optimizer

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if prompt_optimizer is not UNSET:
            field_dict["prompt_optimizer"] = prompt_optimizer

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        prompt_optimizer = d.pop("prompt_optimizer", UNSET)

        minimax_hailuo_02_pro_text_to_video_input = cls(
            prompt=prompt,
            prompt_optimizer=prompt_optimizer,
        )

        return minimax_hailuo_02_pro_text_to_video_input

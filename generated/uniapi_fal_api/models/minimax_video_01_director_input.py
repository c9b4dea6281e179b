from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .minimax_video_01_director_output import MinimaxVideo01DirectorOutput  # noqa: F401


T = TypeVar("T", bound="MinimaxVideo01DirectorInput")


@_attrs_define
class MinimaxVideo01DirectorInput(
    FalInput["MinimaxVideo01DirectorOutput"], endpoint="fal-ai/minimax/video-01-director"
):
    """Input of `fal-ai/minimax/video-01-director` (text-to-video)."""

    prompt: str
    """Prompt: string, at most 2,000 characters."""
    prompt_optimizer: bool | Unset = UNSET
    """Prompt Optimizer: boolean. Server default: true."""

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

        minimax_video_01_director_input = cls(
            prompt=prompt,
            prompt_optimizer=prompt_optimizer,
        )

        return minimax_video_01_director_input

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="MinimaxVideo01Input")


@_attrs_define
class MinimaxVideo01Input:
    prompt: str
    prompt_optimizer: bool | Unset = UNSET
    """ Let the model rewrite the prompt. Server default: true. """

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

        minimax_video_01_input = cls(
            prompt=prompt,
            prompt_optimizer=prompt_optimizer,
        )

        return minimax_video_01_input

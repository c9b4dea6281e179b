from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.moondream_next_input_task_type import (
    MoondreamNextInputTaskType,
    check_moondream_next_input_task_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .moondream_next_output import MoondreamNextOutput  # noqa: F401


T = TypeVar("T", bound="MoondreamNextInput")


@_attrs_define
class MoondreamNextInput(FalInput["MoondreamNextOutput"], endpoint="fal-ai/moondream-next"):
    """Input of `fal-ai/moondream-next` (vision)."""

    image_url: str
    """Image URL: string."""
    prompt: str
    """Prompt: string."""
    task_type: MoondreamNextInputTaskType | Unset = UNSET
    """Task Type: one of "caption", "query". Server default: "caption"."""
    max_tokens: int | Unset = UNSET
    """Max Tokens: integer, 1 to 512. Server default: 64."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        prompt = self.prompt

        task_type: str | Unset = UNSET
        if not isinstance(self.task_type, Unset):
            task_type = self.task_type

        max_tokens = self.max_tokens

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
                "prompt": prompt,
            }
        )
        if task_type is not UNSET:
            field_dict["task_type"] = task_type
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        prompt = d.pop("prompt")

        _task_type = d.pop("task_type", UNSET)
        task_type: MoondreamNextInputTaskType | Unset
        if isinstance(_task_type, Unset):
            task_type = UNSET
        else:
            task_type = check_moondream_next_input_task_type(_task_type)

        max_tokens = d.pop("max_tokens", UNSET)

        moondream_next_input = cls(
            image_url=image_url,
            prompt=prompt,
            task_type=task_type,
            max_tokens=max_tokens,
        )

        return moondream_next_input

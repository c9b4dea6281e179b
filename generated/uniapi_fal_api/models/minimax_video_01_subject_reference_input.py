from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .minimax_video_01_subject_reference_output import (
        MinimaxVideo01SubjectReferenceOutput,  # noqa: F401
    )


T = TypeVar("T", bound="MinimaxVideo01SubjectReferenceInput")


@_attrs_define
class MinimaxVideo01SubjectReferenceInput(
    FalInput["MinimaxVideo01SubjectReferenceOutput"],
    endpoint="fal-ai/minimax/video-01-subject-reference",
):
    """Input of `fal-ai/minimax/video-01-subject-reference` (unknown). fal publishes no constraints for it (it comes from
    fal's TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    prompt: str
    """String."""
    subject_reference_image_url: str
    """URL or local file."""
    prompt_optimizer: bool | Unset = UNSET
    """Boolean. Server default: true."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        subject_reference_image_url = self.subject_reference_image_url

        prompt_optimizer = self.prompt_optimizer

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
                "subject_reference_image_url": subject_reference_image_url,
            }
        )
        if prompt_optimizer is not UNSET:
            field_dict["prompt_optimizer"] = prompt_optimizer

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        subject_reference_image_url = d.pop("subject_reference_image_url")

        prompt_optimizer = d.pop("prompt_optimizer", UNSET)

        minimax_video_01_subject_reference_input = cls(
            prompt=prompt,
            subject_reference_image_url=subject_reference_image_url,
            prompt_optimizer=prompt_optimizer,
        )

        return minimax_video_01_subject_reference_input

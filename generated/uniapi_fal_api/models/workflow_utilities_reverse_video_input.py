from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput

if TYPE_CHECKING:
    from .workflow_utilities_reverse_video_output import (
        WorkflowUtilitiesReverseVideoOutput,  # noqa: F401
    )


T = TypeVar("T", bound="WorkflowUtilitiesReverseVideoInput")


@_attrs_define
class WorkflowUtilitiesReverseVideoInput(
    FalInput["WorkflowUtilitiesReverseVideoOutput"],
    endpoint="fal-ai/workflow-utilities/reverse-video",
):
    """Input of `fal-ai/workflow-utilities/reverse-video` (unknown). fal publishes no constraints for it (it comes from
    fal's TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    video_url: str
    """URL or local file."""

    def to_dict(self) -> dict[str, Any]:
        video_url = self.video_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "video_url": video_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        video_url = d.pop("video_url")

        workflow_utilities_reverse_video_input = cls(
            video_url=video_url,
        )

        return workflow_utilities_reverse_video_input

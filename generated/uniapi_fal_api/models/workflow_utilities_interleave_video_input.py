from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput

if TYPE_CHECKING:
    from .workflow_utilities_interleave_video_output import (
        WorkflowUtilitiesInterleaveVideoOutput,  # noqa: F401
    )


T = TypeVar("T", bound="WorkflowUtilitiesInterleaveVideoInput")


@_attrs_define
class WorkflowUtilitiesInterleaveVideoInput(
    FalInput["WorkflowUtilitiesInterleaveVideoOutput"],
    endpoint="fal-ai/workflow-utilities/interleave-video",
):
    """Input of `fal-ai/workflow-utilities/interleave-video` (unknown)."""

    video_urls: list[str]
    """Video Urls: list of string."""

    def to_dict(self) -> dict[str, Any]:
        video_urls = self.video_urls

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "video_urls": video_urls,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        video_urls = cast(list[str], d.pop("video_urls"))

        workflow_utilities_interleave_video_input = cls(
            video_urls=video_urls,
        )

        return workflow_utilities_interleave_video_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .workflow_utilities_trim_video_output import WorkflowUtilitiesTrimVideoOutput  # noqa: F401


T = TypeVar("T", bound="WorkflowUtilitiesTrimVideoInput")


@_attrs_define
class WorkflowUtilitiesTrimVideoInput(
    FalInput["WorkflowUtilitiesTrimVideoOutput"], endpoint="fal-ai/workflow-utilities/trim-video"
):
    """Input of `fal-ai/workflow-utilities/trim-video` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    video_url: str
    """URL or local file."""
    duration: float | Unset = UNSET
    """Number. Server default: 2."""
    end_time: float | Unset = UNSET
    """Number."""
    start_time: float | Unset = UNSET
    """Number. Server default: 1."""

    def to_dict(self) -> dict[str, Any]:
        video_url = self.video_url

        duration = self.duration

        end_time = self.end_time

        start_time = self.start_time

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "video_url": video_url,
            }
        )
        if duration is not UNSET:
            field_dict["duration"] = duration
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if start_time is not UNSET:
            field_dict["start_time"] = start_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        video_url = d.pop("video_url")

        duration = d.pop("duration", UNSET)

        end_time = d.pop("end_time", UNSET)

        start_time = d.pop("start_time", UNSET)

        workflow_utilities_trim_video_input = cls(
            video_url=video_url,
            duration=duration,
            end_time=end_time,
            start_time=start_time,
        )

        return workflow_utilities_trim_video_input

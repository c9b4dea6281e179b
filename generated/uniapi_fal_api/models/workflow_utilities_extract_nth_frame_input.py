from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.workflow_utilities_extract_nth_frame_input_output_format import (
    WorkflowUtilitiesExtractNthFrameInputOutputFormat,
    check_workflow_utilities_extract_nth_frame_input_output_format,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .workflow_utilities_extract_nth_frame_output import (
        WorkflowUtilitiesExtractNthFrameOutput,  # noqa: F401
    )


T = TypeVar("T", bound="WorkflowUtilitiesExtractNthFrameInput")


@_attrs_define
class WorkflowUtilitiesExtractNthFrameInput(
    FalInput["WorkflowUtilitiesExtractNthFrameOutput"],
    endpoint="fal-ai/workflow-utilities/extract-nth-frame",
):
    """Input of `fal-ai/workflow-utilities/extract-nth-frame` (unknown). fal publishes no constraints for it (it comes from
    fal's TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    video_url: str
    """URL or local file."""
    frame_interval: float | Unset = UNSET
    """Number. Server default: 12."""
    max_frames: float | Unset = UNSET
    """Number. Server default: 100."""
    output_format: WorkflowUtilitiesExtractNthFrameInputOutputFormat | Unset = UNSET
    """One of "png", "jpg", "jpeg", "webp". Server default: "png"."""
    quality: float | Unset = UNSET
    """Number. Server default: 95."""

    def to_dict(self) -> dict[str, Any]:
        video_url = self.video_url

        frame_interval = self.frame_interval

        max_frames = self.max_frames

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        quality = self.quality

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "video_url": video_url,
            }
        )
        if frame_interval is not UNSET:
            field_dict["frame_interval"] = frame_interval
        if max_frames is not UNSET:
            field_dict["max_frames"] = max_frames
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if quality is not UNSET:
            field_dict["quality"] = quality

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        video_url = d.pop("video_url")

        frame_interval = d.pop("frame_interval", UNSET)

        max_frames = d.pop("max_frames", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: WorkflowUtilitiesExtractNthFrameInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_workflow_utilities_extract_nth_frame_input_output_format(
                _output_format
            )

        quality = d.pop("quality", UNSET)

        workflow_utilities_extract_nth_frame_input = cls(
            video_url=video_url,
            frame_interval=frame_interval,
            max_frames=max_frames,
            output_format=output_format,
            quality=quality,
        )

        return workflow_utilities_extract_nth_frame_input

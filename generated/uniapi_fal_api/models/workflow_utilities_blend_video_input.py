from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.workflow_utilities_blend_video_input_blend_mode import (
    WorkflowUtilitiesBlendVideoInputBlendMode,
    check_workflow_utilities_blend_video_input_blend_mode,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .workflow_utilities_blend_video_output import WorkflowUtilitiesBlendVideoOutput  # noqa: F401


T = TypeVar("T", bound="WorkflowUtilitiesBlendVideoInput")


@_attrs_define
class WorkflowUtilitiesBlendVideoInput(
    FalInput["WorkflowUtilitiesBlendVideoOutput"], endpoint="fal-ai/workflow-utilities/blend-video"
):
    """Input of `fal-ai/workflow-utilities/blend-video` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    bottom_video_url: str
    """URL or local file."""
    top_video_url: str
    """URL or local file."""
    blend_mode: WorkflowUtilitiesBlendVideoInputBlendMode | Unset = UNSET
    """One of "addition", "average", "burn", "darken", "difference", "divide", "dodge",
    "exclusion", ... (23 values). Server default: "overlay"."""
    opacity: float | Unset = UNSET
    """Number. Server default: 1."""
    shortest: bool | Unset = UNSET
    """Boolean. Server default: true."""

    def to_dict(self) -> dict[str, Any]:
        bottom_video_url = self.bottom_video_url

        top_video_url = self.top_video_url

        blend_mode: str | Unset = UNSET
        if not isinstance(self.blend_mode, Unset):
            blend_mode = self.blend_mode

        opacity = self.opacity

        shortest = self.shortest

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "bottom_video_url": bottom_video_url,
                "top_video_url": top_video_url,
            }
        )
        if blend_mode is not UNSET:
            field_dict["blend_mode"] = blend_mode
        if opacity is not UNSET:
            field_dict["opacity"] = opacity
        if shortest is not UNSET:
            field_dict["shortest"] = shortest

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bottom_video_url = d.pop("bottom_video_url")

        top_video_url = d.pop("top_video_url")

        _blend_mode = d.pop("blend_mode", UNSET)
        blend_mode: WorkflowUtilitiesBlendVideoInputBlendMode | Unset
        if isinstance(_blend_mode, Unset):
            blend_mode = UNSET
        else:
            blend_mode = check_workflow_utilities_blend_video_input_blend_mode(_blend_mode)

        opacity = d.pop("opacity", UNSET)

        shortest = d.pop("shortest", UNSET)

        workflow_utilities_blend_video_input = cls(
            bottom_video_url=bottom_video_url,
            top_video_url=top_video_url,
            blend_mode=blend_mode,
            opacity=opacity,
            shortest=shortest,
        )

        return workflow_utilities_blend_video_input

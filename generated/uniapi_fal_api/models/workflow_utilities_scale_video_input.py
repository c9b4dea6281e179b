from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.workflow_utilities_scale_video_input_codec import (
    WorkflowUtilitiesScaleVideoInputCodec,
    check_workflow_utilities_scale_video_input_codec,
)
from ..models.workflow_utilities_scale_video_input_mode import (
    WorkflowUtilitiesScaleVideoInputMode,
    check_workflow_utilities_scale_video_input_mode,
)
from ..models.workflow_utilities_scale_video_input_pad_color import (
    WorkflowUtilitiesScaleVideoInputPadColor,
    check_workflow_utilities_scale_video_input_pad_color,
)
from ..models.workflow_utilities_scale_video_input_preset import (
    WorkflowUtilitiesScaleVideoInputPreset,
    check_workflow_utilities_scale_video_input_preset,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .workflow_utilities_scale_video_output import WorkflowUtilitiesScaleVideoOutput  # noqa: F401


T = TypeVar("T", bound="WorkflowUtilitiesScaleVideoInput")


@_attrs_define
class WorkflowUtilitiesScaleVideoInput(
    FalInput["WorkflowUtilitiesScaleVideoOutput"], endpoint="fal-ai/workflow-utilities/scale-video"
):
    """Input of `fal-ai/workflow-utilities/scale-video` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    video_url: str
    """URL or local file."""
    codec: WorkflowUtilitiesScaleVideoInputCodec | Unset = UNSET
    """One of "libx264", "libx265". Server default: "libx264"."""
    crf: float | Unset = UNSET
    """Number. Server default: 18."""
    height: float | Unset = UNSET
    """Number."""
    mode: WorkflowUtilitiesScaleVideoInputMode | Unset = UNSET
    """One of "stretch", "pad", "crop". Server default: "stretch"."""
    pad_color: WorkflowUtilitiesScaleVideoInputPadColor | Unset = UNSET
    """One of "black", "white", "red", "green", "blue", "gray". Server default: "black"."""
    preset: WorkflowUtilitiesScaleVideoInputPreset | Unset = UNSET
    """One of "ultrafast", "fast", "medium", "slow". Server default: "fast"."""
    width: float | Unset = UNSET
    """Number."""

    def to_dict(self) -> dict[str, Any]:
        video_url = self.video_url

        codec: str | Unset = UNSET
        if not isinstance(self.codec, Unset):
            codec = self.codec

        crf = self.crf

        height = self.height

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode

        pad_color: str | Unset = UNSET
        if not isinstance(self.pad_color, Unset):
            pad_color = self.pad_color

        preset: str | Unset = UNSET
        if not isinstance(self.preset, Unset):
            preset = self.preset

        width = self.width

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "video_url": video_url,
            }
        )
        if codec is not UNSET:
            field_dict["codec"] = codec
        if crf is not UNSET:
            field_dict["crf"] = crf
        if height is not UNSET:
            field_dict["height"] = height
        if mode is not UNSET:
            field_dict["mode"] = mode
        if pad_color is not UNSET:
            field_dict["pad_color"] = pad_color
        if preset is not UNSET:
            field_dict["preset"] = preset
        if width is not UNSET:
            field_dict["width"] = width

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        video_url = d.pop("video_url")

        _codec = d.pop("codec", UNSET)
        codec: WorkflowUtilitiesScaleVideoInputCodec | Unset
        if isinstance(_codec, Unset):
            codec = UNSET
        else:
            codec = check_workflow_utilities_scale_video_input_codec(_codec)

        crf = d.pop("crf", UNSET)

        height = d.pop("height", UNSET)

        _mode = d.pop("mode", UNSET)
        mode: WorkflowUtilitiesScaleVideoInputMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = check_workflow_utilities_scale_video_input_mode(_mode)

        _pad_color = d.pop("pad_color", UNSET)
        pad_color: WorkflowUtilitiesScaleVideoInputPadColor | Unset
        if isinstance(_pad_color, Unset):
            pad_color = UNSET
        else:
            pad_color = check_workflow_utilities_scale_video_input_pad_color(_pad_color)

        _preset = d.pop("preset", UNSET)
        preset: WorkflowUtilitiesScaleVideoInputPreset | Unset
        if isinstance(_preset, Unset):
            preset = UNSET
        else:
            preset = check_workflow_utilities_scale_video_input_preset(_preset)

        width = d.pop("width", UNSET)

        workflow_utilities_scale_video_input = cls(
            video_url=video_url,
            codec=codec,
            crf=crf,
            height=height,
            mode=mode,
            pad_color=pad_color,
            preset=preset,
            width=width,
        )

        return workflow_utilities_scale_video_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.workflow_utilities_auto_subtitle_input_background_color import (
    WorkflowUtilitiesAutoSubtitleInputBackgroundColor,
    check_workflow_utilities_auto_subtitle_input_background_color,
)
from ..models.workflow_utilities_auto_subtitle_input_font_color import (
    WorkflowUtilitiesAutoSubtitleInputFontColor,
    check_workflow_utilities_auto_subtitle_input_font_color,
)
from ..models.workflow_utilities_auto_subtitle_input_font_weight import (
    WorkflowUtilitiesAutoSubtitleInputFontWeight,
    check_workflow_utilities_auto_subtitle_input_font_weight,
)
from ..models.workflow_utilities_auto_subtitle_input_highlight_color import (
    WorkflowUtilitiesAutoSubtitleInputHighlightColor,
    check_workflow_utilities_auto_subtitle_input_highlight_color,
)
from ..models.workflow_utilities_auto_subtitle_input_position import (
    WorkflowUtilitiesAutoSubtitleInputPosition,
    check_workflow_utilities_auto_subtitle_input_position,
)
from ..models.workflow_utilities_auto_subtitle_input_stroke_color import (
    WorkflowUtilitiesAutoSubtitleInputStrokeColor,
    check_workflow_utilities_auto_subtitle_input_stroke_color,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .workflow_utilities_auto_subtitle_output import (
        WorkflowUtilitiesAutoSubtitleOutput,  # noqa: F401
    )


T = TypeVar("T", bound="WorkflowUtilitiesAutoSubtitleInput")


@_attrs_define
class WorkflowUtilitiesAutoSubtitleInput(
    FalInput["WorkflowUtilitiesAutoSubtitleOutput"],
    endpoint="fal-ai/workflow-utilities/auto-subtitle",
):
    """Input of `fal-ai/workflow-utilities/auto-subtitle` (video-to-video)."""

    video_url: str
    """Video Url: string."""
    language: str | Unset = UNSET
    """Language: string. Server default: "en"."""
    font_name: str | Unset = UNSET
    """Font Name: string. Server default: "Montserrat"."""
    font_size: int | Unset = UNSET
    """Font Size: integer, 20 to 150. Server default: 100."""
    font_weight: WorkflowUtilitiesAutoSubtitleInputFontWeight | Unset = UNSET
    """Font Weight: one of "normal", "bold", "black". Server default: "bold"."""
    font_color: WorkflowUtilitiesAutoSubtitleInputFontColor | Unset = UNSET
    """Font Color: one of "white", "black", "red", "green", "blue", "yellow", "orange", "purple",
    ... (13 values). Server default: "white"."""
    highlight_color: WorkflowUtilitiesAutoSubtitleInputHighlightColor | Unset = UNSET
    """Highlight Color: one of "white", "black", "red", "green", "blue", "yellow", "orange",
    "purple", ... (13 values). Server default: "purple"."""
    stroke_width: int | Unset = UNSET
    """Stroke Width: integer, 0 to 10. Server default: 3."""
    stroke_color: WorkflowUtilitiesAutoSubtitleInputStrokeColor | Unset = UNSET
    """Stroke Color: one of "black", "white", "red", "green", "blue", "yellow", "orange", "purple",
    ... (13 values). Server default: "black"."""
    background_color: WorkflowUtilitiesAutoSubtitleInputBackgroundColor | Unset = UNSET
    """Background Color: one of "black", "white", "red", "green", "blue", "yellow", "orange",
    "purple", ... (15 values). Server default: "none"."""
    background_opacity: float | Unset = UNSET
    """Background Opacity: number, 0 to 1. Server default: 0."""
    position: WorkflowUtilitiesAutoSubtitleInputPosition | Unset = UNSET
    """Position: one of "top", "center", "bottom". Server default: "bottom"."""
    y_offset: int | Unset = UNSET
    """Y Offset: integer, -200 to 200. Server default: 75."""
    words_per_subtitle: int | Unset = UNSET
    """Words Per Subtitle: integer, 1 to 12. Server default: 3."""
    enable_animation: bool | Unset = UNSET
    """Enable Animation: boolean. Server default: true."""

    def to_dict(self) -> dict[str, Any]:
        video_url = self.video_url

        language = self.language

        font_name = self.font_name

        font_size = self.font_size

        font_weight: str | Unset = UNSET
        if not isinstance(self.font_weight, Unset):
            font_weight = self.font_weight

        font_color: str | Unset = UNSET
        if not isinstance(self.font_color, Unset):
            font_color = self.font_color

        highlight_color: str | Unset = UNSET
        if not isinstance(self.highlight_color, Unset):
            highlight_color = self.highlight_color

        stroke_width = self.stroke_width

        stroke_color: str | Unset = UNSET
        if not isinstance(self.stroke_color, Unset):
            stroke_color = self.stroke_color

        background_color: str | Unset = UNSET
        if not isinstance(self.background_color, Unset):
            background_color = self.background_color

        background_opacity = self.background_opacity

        position: str | Unset = UNSET
        if not isinstance(self.position, Unset):
            position = self.position

        y_offset = self.y_offset

        words_per_subtitle = self.words_per_subtitle

        enable_animation = self.enable_animation

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "video_url": video_url,
            }
        )
        if language is not UNSET:
            field_dict["language"] = language
        if font_name is not UNSET:
            field_dict["font_name"] = font_name
        if font_size is not UNSET:
            field_dict["font_size"] = font_size
        if font_weight is not UNSET:
            field_dict["font_weight"] = font_weight
        if font_color is not UNSET:
            field_dict["font_color"] = font_color
        if highlight_color is not UNSET:
            field_dict["highlight_color"] = highlight_color
        if stroke_width is not UNSET:
            field_dict["stroke_width"] = stroke_width
        if stroke_color is not UNSET:
            field_dict["stroke_color"] = stroke_color
        if background_color is not UNSET:
            field_dict["background_color"] = background_color
        if background_opacity is not UNSET:
            field_dict["background_opacity"] = background_opacity
        if position is not UNSET:
            field_dict["position"] = position
        if y_offset is not UNSET:
            field_dict["y_offset"] = y_offset
        if words_per_subtitle is not UNSET:
            field_dict["words_per_subtitle"] = words_per_subtitle
        if enable_animation is not UNSET:
            field_dict["enable_animation"] = enable_animation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        video_url = d.pop("video_url")

        language = d.pop("language", UNSET)

        font_name = d.pop("font_name", UNSET)

        font_size = d.pop("font_size", UNSET)

        _font_weight = d.pop("font_weight", UNSET)
        font_weight: WorkflowUtilitiesAutoSubtitleInputFontWeight | Unset
        if isinstance(_font_weight, Unset):
            font_weight = UNSET
        else:
            font_weight = check_workflow_utilities_auto_subtitle_input_font_weight(_font_weight)

        _font_color = d.pop("font_color", UNSET)
        font_color: WorkflowUtilitiesAutoSubtitleInputFontColor | Unset
        if isinstance(_font_color, Unset):
            font_color = UNSET
        else:
            font_color = check_workflow_utilities_auto_subtitle_input_font_color(_font_color)

        _highlight_color = d.pop("highlight_color", UNSET)
        highlight_color: WorkflowUtilitiesAutoSubtitleInputHighlightColor | Unset
        if isinstance(_highlight_color, Unset):
            highlight_color = UNSET
        else:
            highlight_color = check_workflow_utilities_auto_subtitle_input_highlight_color(
                _highlight_color
            )

        stroke_width = d.pop("stroke_width", UNSET)

        _stroke_color = d.pop("stroke_color", UNSET)
        stroke_color: WorkflowUtilitiesAutoSubtitleInputStrokeColor | Unset
        if isinstance(_stroke_color, Unset):
            stroke_color = UNSET
        else:
            stroke_color = check_workflow_utilities_auto_subtitle_input_stroke_color(_stroke_color)

        _background_color = d.pop("background_color", UNSET)
        background_color: WorkflowUtilitiesAutoSubtitleInputBackgroundColor | Unset
        if isinstance(_background_color, Unset):
            background_color = UNSET
        else:
            background_color = check_workflow_utilities_auto_subtitle_input_background_color(
                _background_color
            )

        background_opacity = d.pop("background_opacity", UNSET)

        _position = d.pop("position", UNSET)
        position: WorkflowUtilitiesAutoSubtitleInputPosition | Unset
        if isinstance(_position, Unset):
            position = UNSET
        else:
            position = check_workflow_utilities_auto_subtitle_input_position(_position)

        y_offset = d.pop("y_offset", UNSET)

        words_per_subtitle = d.pop("words_per_subtitle", UNSET)

        enable_animation = d.pop("enable_animation", UNSET)

        workflow_utilities_auto_subtitle_input = cls(
            video_url=video_url,
            language=language,
            font_name=font_name,
            font_size=font_size,
            font_weight=font_weight,
            font_color=font_color,
            highlight_color=highlight_color,
            stroke_width=stroke_width,
            stroke_color=stroke_color,
            background_color=background_color,
            background_opacity=background_opacity,
            position=position,
            y_offset=y_offset,
            words_per_subtitle=words_per_subtitle,
            enable_animation=enable_animation,
        )

        return workflow_utilities_auto_subtitle_input

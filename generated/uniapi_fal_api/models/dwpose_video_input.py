from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.dwpose_video_input_draw_mode import (
    DwposeVideoInputDrawMode,
    check_dwpose_video_input_draw_mode,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .dwpose_video_output import DwposeVideoOutput  # noqa: F401


T = TypeVar("T", bound="DwposeVideoInput")


@_attrs_define
class DwposeVideoInput(FalInput["DwposeVideoOutput"], endpoint="fal-ai/dwpose/video"):
    """Input of `fal-ai/dwpose/video` (video-to-video)."""

    video_url: str
    """Video Url: string."""
    draw_mode: DwposeVideoInputDrawMode | Unset = UNSET
    """Draw Mode: one of "full-pose", "body-pose", "face-pose", "hand-pose", "face-hand-mask",
    "face-mask", "hand-mask". Server default: "body-pose"."""

    def to_dict(self) -> dict[str, Any]:
        video_url = self.video_url

        draw_mode: str | Unset = UNSET
        if not isinstance(self.draw_mode, Unset):
            draw_mode = self.draw_mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "video_url": video_url,
            }
        )
        if draw_mode is not UNSET:
            field_dict["draw_mode"] = draw_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        video_url = d.pop("video_url")

        _draw_mode = d.pop("draw_mode", UNSET)
        draw_mode: DwposeVideoInputDrawMode | Unset
        if isinstance(_draw_mode, Unset):
            draw_mode = UNSET
        else:
            draw_mode = check_dwpose_video_input_draw_mode(_draw_mode)

        dwpose_video_input = cls(
            video_url=video_url,
            draw_mode=draw_mode,
        )

        return dwpose_video_input

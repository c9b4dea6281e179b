from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .auto_caption_output import AutoCaptionOutput  # noqa: F401


T = TypeVar("T", bound="AutoCaptionInput")


@_attrs_define
class AutoCaptionInput(FalInput["AutoCaptionOutput"], endpoint="fal-ai/auto-caption"):
    """Input of `fal-ai/auto-caption` (video-to-video)."""

    video_url: str
    """Video Url: string."""
    txt_color: str | Unset = UNSET
    """Txt Color: string. Server default: "white"."""
    txt_font: str | Unset = UNSET
    """Txt Font: string. Server default: "Standard"."""
    font_size: int | Unset = UNSET
    """Font Size: integer. Server default: 24."""
    stroke_width: int | Unset = UNSET
    """Stroke Width: integer. Server default: 1."""
    left_align: float | str | Unset = UNSET
    """Left Align: string or number. Server default: "center"."""
    top_align: float | str | Unset = UNSET
    """Top Align: string or number. Server default: "center"."""
    refresh_interval: float | Unset = UNSET
    """Refresh Interval: number, 0.5 to 3. Server default: 1.5."""

    def to_dict(self) -> dict[str, Any]:
        video_url = self.video_url

        txt_color = self.txt_color

        txt_font = self.txt_font

        font_size = self.font_size

        stroke_width = self.stroke_width

        left_align: float | str | Unset
        if isinstance(self.left_align, Unset):
            left_align = UNSET
        else:
            left_align = self.left_align

        top_align: float | str | Unset
        if isinstance(self.top_align, Unset):
            top_align = UNSET
        else:
            top_align = self.top_align

        refresh_interval = self.refresh_interval

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "video_url": video_url,
            }
        )
        if txt_color is not UNSET:
            field_dict["txt_color"] = txt_color
        if txt_font is not UNSET:
            field_dict["txt_font"] = txt_font
        if font_size is not UNSET:
            field_dict["font_size"] = font_size
        if stroke_width is not UNSET:
            field_dict["stroke_width"] = stroke_width
        if left_align is not UNSET:
            field_dict["left_align"] = left_align
        if top_align is not UNSET:
            field_dict["top_align"] = top_align
        if refresh_interval is not UNSET:
            field_dict["refresh_interval"] = refresh_interval

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        video_url = d.pop("video_url")

        txt_color = d.pop("txt_color", UNSET)

        txt_font = d.pop("txt_font", UNSET)

        font_size = d.pop("font_size", UNSET)

        stroke_width = d.pop("stroke_width", UNSET)

        def _parse_left_align(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        left_align = _parse_left_align(d.pop("left_align", UNSET))

        def _parse_top_align(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        top_align = _parse_top_align(d.pop("top_align", UNSET))

        refresh_interval = d.pop("refresh_interval", UNSET)

        auto_caption_input = cls(
            video_url=video_url,
            txt_color=txt_color,
            txt_font=txt_font,
            font_size=font_size,
            stroke_width=stroke_width,
            left_align=left_align,
            top_align=top_align,
            refresh_interval=refresh_interval,
        )

        return auto_caption_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .ffmpeg_api_waveform_output import FfmpegApiWaveformOutput  # noqa: F401


T = TypeVar("T", bound="FfmpegApiWaveformInput")


@_attrs_define
class FfmpegApiWaveformInput(
    FalInput["FfmpegApiWaveformOutput"], endpoint="fal-ai/ffmpeg-api/waveform"
):
    """Input of `fal-ai/ffmpeg-api/waveform` (json)."""

    media_url: str
    """Media Url: string."""
    points_per_second: float | Unset = UNSET
    """Points Per Second: number, 1 to 10. Server default: 4."""
    precision: int | Unset = UNSET
    """Precision: integer, 1 to 6. Server default: 2."""
    smoothing_window: int | Unset = UNSET
    """Smoothing Window: integer, 1 to 21. Server default: 3."""

    def to_dict(self) -> dict[str, Any]:
        media_url = self.media_url

        points_per_second = self.points_per_second

        precision = self.precision

        smoothing_window = self.smoothing_window

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "media_url": media_url,
            }
        )
        if points_per_second is not UNSET:
            field_dict["points_per_second"] = points_per_second
        if precision is not UNSET:
            field_dict["precision"] = precision
        if smoothing_window is not UNSET:
            field_dict["smoothing_window"] = smoothing_window

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        media_url = d.pop("media_url")

        points_per_second = d.pop("points_per_second", UNSET)

        precision = d.pop("precision", UNSET)

        smoothing_window = d.pop("smoothing_window", UNSET)

        ffmpeg_api_waveform_input = cls(
            media_url=media_url,
            points_per_second=points_per_second,
            precision=precision,
            smoothing_window=smoothing_window,
        )

        return ffmpeg_api_waveform_input

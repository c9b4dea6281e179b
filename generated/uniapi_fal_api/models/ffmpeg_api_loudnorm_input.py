from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .ffmpeg_api_loudnorm_output import FfmpegApiLoudnormOutput  # noqa: F401


T = TypeVar("T", bound="FfmpegApiLoudnormInput")


@_attrs_define
class FfmpegApiLoudnormInput(
    FalInput["FfmpegApiLoudnormOutput"], endpoint="fal-ai/ffmpeg-api/loudnorm"
):
    """Input of `fal-ai/ffmpeg-api/loudnorm` (json)."""

    audio_url: str
    """Audio Url: string."""
    integrated_loudness: float | Unset = UNSET
    """Integrated Loudness: number, -70 to -5. Server default: -18."""
    true_peak: float | Unset = UNSET
    """True Peak: number, -9 to 0. Server default: -0.1."""
    loudness_range: float | Unset = UNSET
    """Loudness Range: number, 1 to 20. Server default: 7."""
    offset: float | Unset = UNSET
    """Offset: number, -99 to 99. Server default: 0."""
    linear: bool | Unset = UNSET
    """Linear: boolean. Server default: false."""
    dual_mono: bool | Unset = UNSET
    """Dual Mono: boolean. Server default: false."""
    print_summary: bool | Unset = UNSET
    """Print Summary: boolean. Server default: false."""
    measured_i: float | None | Unset = UNSET
    """Measured I: number or None, -99 to 0."""
    measured_lra: float | None | Unset = UNSET
    """Measured Lra: number or None, 0 to 99."""
    measured_tp: float | None | Unset = UNSET
    """Measured Tp: number or None, -99 to 99."""
    measured_thresh: float | None | Unset = UNSET
    """Measured Thresh: number or None, -99 to 0."""

    def to_dict(self) -> dict[str, Any]:
        audio_url = self.audio_url

        integrated_loudness = self.integrated_loudness

        true_peak = self.true_peak

        loudness_range = self.loudness_range

        offset = self.offset

        linear = self.linear

        dual_mono = self.dual_mono

        print_summary = self.print_summary

        measured_i: float | None | Unset
        if isinstance(self.measured_i, Unset):
            measured_i = UNSET
        else:
            measured_i = self.measured_i

        measured_lra: float | None | Unset
        if isinstance(self.measured_lra, Unset):
            measured_lra = UNSET
        else:
            measured_lra = self.measured_lra

        measured_tp: float | None | Unset
        if isinstance(self.measured_tp, Unset):
            measured_tp = UNSET
        else:
            measured_tp = self.measured_tp

        measured_thresh: float | None | Unset
        if isinstance(self.measured_thresh, Unset):
            measured_thresh = UNSET
        else:
            measured_thresh = self.measured_thresh

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "audio_url": audio_url,
            }
        )
        if integrated_loudness is not UNSET:
            field_dict["integrated_loudness"] = integrated_loudness
        if true_peak is not UNSET:
            field_dict["true_peak"] = true_peak
        if loudness_range is not UNSET:
            field_dict["loudness_range"] = loudness_range
        if offset is not UNSET:
            field_dict["offset"] = offset
        if linear is not UNSET:
            field_dict["linear"] = linear
        if dual_mono is not UNSET:
            field_dict["dual_mono"] = dual_mono
        if print_summary is not UNSET:
            field_dict["print_summary"] = print_summary
        if measured_i is not UNSET:
            field_dict["measured_i"] = measured_i
        if measured_lra is not UNSET:
            field_dict["measured_lra"] = measured_lra
        if measured_tp is not UNSET:
            field_dict["measured_tp"] = measured_tp
        if measured_thresh is not UNSET:
            field_dict["measured_thresh"] = measured_thresh

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        audio_url = d.pop("audio_url")

        integrated_loudness = d.pop("integrated_loudness", UNSET)

        true_peak = d.pop("true_peak", UNSET)

        loudness_range = d.pop("loudness_range", UNSET)

        offset = d.pop("offset", UNSET)

        linear = d.pop("linear", UNSET)

        dual_mono = d.pop("dual_mono", UNSET)

        print_summary = d.pop("print_summary", UNSET)

        def _parse_measured_i(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        measured_i = _parse_measured_i(d.pop("measured_i", UNSET))

        def _parse_measured_lra(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        measured_lra = _parse_measured_lra(d.pop("measured_lra", UNSET))

        def _parse_measured_tp(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        measured_tp = _parse_measured_tp(d.pop("measured_tp", UNSET))

        def _parse_measured_thresh(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        measured_thresh = _parse_measured_thresh(d.pop("measured_thresh", UNSET))

        ffmpeg_api_loudnorm_input = cls(
            audio_url=audio_url,
            integrated_loudness=integrated_loudness,
            true_peak=true_peak,
            loudness_range=loudness_range,
            offset=offset,
            linear=linear,
            dual_mono=dual_mono,
            print_summary=print_summary,
            measured_i=measured_i,
            measured_lra=measured_lra,
            measured_tp=measured_tp,
            measured_thresh=measured_thresh,
        )

        return ffmpeg_api_loudnorm_input

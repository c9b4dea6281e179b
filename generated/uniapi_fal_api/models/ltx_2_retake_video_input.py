from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.ltx_2_retake_video_input_retake_mode import (
    Ltx2RetakeVideoInputRetakeMode,
    check_ltx_2_retake_video_input_retake_mode,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .ltx_2_retake_video_output import Ltx2RetakeVideoOutput  # noqa: F401


T = TypeVar("T", bound="Ltx2RetakeVideoInput")


@_attrs_define
class Ltx2RetakeVideoInput(FalInput["Ltx2RetakeVideoOutput"], endpoint="fal-ai/ltx-2/retake-video"):
    """Input of `fal-ai/ltx-2/retake-video` (video-to-video). fal no longer lists this endpoint."""

    video_url: str
    """Video URL: string."""
    prompt: str
    """Prompt: string, 1 to 5,000 characters."""
    start_time: float | Unset = UNSET
    """Start Time: number, 0 to 20. Server default: 0."""
    duration: float | Unset = UNSET
    """Duration: number, 2 to 20. Server default: 5."""
    retake_mode: Ltx2RetakeVideoInputRetakeMode | Unset = UNSET
    """Retake Mode: one of "replace_audio", "replace_video", "replace_audio_and_video". Server
    default: "replace_audio_and_video"."""

    def to_dict(self) -> dict[str, Any]:
        video_url = self.video_url

        prompt = self.prompt

        start_time = self.start_time

        duration = self.duration

        retake_mode: str | Unset = UNSET
        if not isinstance(self.retake_mode, Unset):
            retake_mode = self.retake_mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "video_url": video_url,
                "prompt": prompt,
            }
        )
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if duration is not UNSET:
            field_dict["duration"] = duration
        if retake_mode is not UNSET:
            field_dict["retake_mode"] = retake_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        video_url = d.pop("video_url")

        prompt = d.pop("prompt")

        start_time = d.pop("start_time", UNSET)

        duration = d.pop("duration", UNSET)

        _retake_mode = d.pop("retake_mode", UNSET)
        retake_mode: Ltx2RetakeVideoInputRetakeMode | Unset
        if isinstance(_retake_mode, Unset):
            retake_mode = UNSET
        else:
            retake_mode = check_ltx_2_retake_video_input_retake_mode(_retake_mode)

        ltx_2_retake_video_input = cls(
            video_url=video_url,
            prompt=prompt,
            start_time=start_time,
            duration=duration,
            retake_mode=retake_mode,
        )

        return ltx_2_retake_video_input

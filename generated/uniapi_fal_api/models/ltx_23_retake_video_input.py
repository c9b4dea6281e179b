from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.ltx_23_retake_video_input_retake_mode import (
    Ltx23RetakeVideoInputRetakeMode,
    check_ltx_23_retake_video_input_retake_mode,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .ltx_23_retake_video_output import Ltx23RetakeVideoOutput  # noqa: F401


T = TypeVar("T", bound="Ltx23RetakeVideoInput")


@_attrs_define
class Ltx23RetakeVideoInput(
    FalInput["Ltx23RetakeVideoOutput"], endpoint="fal-ai/ltx-2.3/retake-video"
):
    """Input of `fal-ai/ltx-2.3/retake-video` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    prompt: str
    """String."""
    video_url: str
    """URL or local file."""
    duration: float | Unset = UNSET
    """Number. Server default: 5."""
    retake_mode: Ltx23RetakeVideoInputRetakeMode | Unset = UNSET
    """One of "replace_audio", "replace_video", "replace_audio_and_video". Server default:
    "replace_audio_and_video"."""
    start_time: float | Unset = UNSET
    """Number."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        video_url = self.video_url

        duration = self.duration

        retake_mode: str | Unset = UNSET
        if not isinstance(self.retake_mode, Unset):
            retake_mode = self.retake_mode

        start_time = self.start_time

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
                "video_url": video_url,
            }
        )
        if duration is not UNSET:
            field_dict["duration"] = duration
        if retake_mode is not UNSET:
            field_dict["retake_mode"] = retake_mode
        if start_time is not UNSET:
            field_dict["start_time"] = start_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        video_url = d.pop("video_url")

        duration = d.pop("duration", UNSET)

        _retake_mode = d.pop("retake_mode", UNSET)
        retake_mode: Ltx23RetakeVideoInputRetakeMode | Unset
        if isinstance(_retake_mode, Unset):
            retake_mode = UNSET
        else:
            retake_mode = check_ltx_23_retake_video_input_retake_mode(_retake_mode)

        start_time = d.pop("start_time", UNSET)

        ltx_23_retake_video_input = cls(
            prompt=prompt,
            video_url=video_url,
            duration=duration,
            retake_mode=retake_mode,
            start_time=start_time,
        )

        return ltx_23_retake_video_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.ltx_23_extend_video_input_mode import (
    Ltx23ExtendVideoInputMode,
    check_ltx_23_extend_video_input_mode,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .ltx_23_extend_video_output import Ltx23ExtendVideoOutput  # noqa: F401


T = TypeVar("T", bound="Ltx23ExtendVideoInput")


@_attrs_define
class Ltx23ExtendVideoInput(
    FalInput["Ltx23ExtendVideoOutput"], endpoint="fal-ai/ltx-2.3/extend-video"
):
    """Input of `fal-ai/ltx-2.3/extend-video` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    video_url: str
    """URL or local file."""
    context: float | Unset = UNSET
    """Number."""
    duration: float | Unset = UNSET
    """Number. Server default: 5."""
    mode: Ltx23ExtendVideoInputMode | Unset = UNSET
    """One of "start", "end". Server default: "end"."""
    prompt: str | Unset = UNSET
    """String."""

    def to_dict(self) -> dict[str, Any]:
        video_url = self.video_url

        context = self.context

        duration = self.duration

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode

        prompt = self.prompt

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "video_url": video_url,
            }
        )
        if context is not UNSET:
            field_dict["context"] = context
        if duration is not UNSET:
            field_dict["duration"] = duration
        if mode is not UNSET:
            field_dict["mode"] = mode
        if prompt is not UNSET:
            field_dict["prompt"] = prompt

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        video_url = d.pop("video_url")

        context = d.pop("context", UNSET)

        duration = d.pop("duration", UNSET)

        _mode = d.pop("mode", UNSET)
        mode: Ltx23ExtendVideoInputMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = check_ltx_23_extend_video_input_mode(_mode)

        prompt = d.pop("prompt", UNSET)

        ltx_23_extend_video_input = cls(
            video_url=video_url,
            context=context,
            duration=duration,
            mode=mode,
            prompt=prompt,
        )

        return ltx_23_extend_video_input

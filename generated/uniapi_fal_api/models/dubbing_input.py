from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.dubbing_input_target_language import (
    DubbingInputTargetLanguage,
    check_dubbing_input_target_language,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .dubbing_output import DubbingOutput  # noqa: F401


T = TypeVar("T", bound="DubbingInput")


@_attrs_define
class DubbingInput(FalInput["DubbingOutput"], endpoint="fal-ai/dubbing"):
    """Input of `fal-ai/dubbing` (video-to-video). fal no longer lists this endpoint."""

    video_url: str
    """Video Url: string."""
    target_language: DubbingInputTargetLanguage | Unset = UNSET
    """Target Language: one of "hindi", "turkish", "english". Server default: "hindi"."""
    do_lipsync: bool | Unset = UNSET
    """Do Lipsync: boolean. Server default: true."""

    def to_dict(self) -> dict[str, Any]:
        video_url = self.video_url

        target_language: str | Unset = UNSET
        if not isinstance(self.target_language, Unset):
            target_language = self.target_language

        do_lipsync = self.do_lipsync

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "video_url": video_url,
            }
        )
        if target_language is not UNSET:
            field_dict["target_language"] = target_language
        if do_lipsync is not UNSET:
            field_dict["do_lipsync"] = do_lipsync

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        video_url = d.pop("video_url")

        _target_language = d.pop("target_language", UNSET)
        target_language: DubbingInputTargetLanguage | Unset
        if isinstance(_target_language, Unset):
            target_language = UNSET
        else:
            target_language = check_dubbing_input_target_language(_target_language)

        do_lipsync = d.pop("do_lipsync", UNSET)

        dubbing_input = cls(
            video_url=video_url,
            target_language=target_language,
            do_lipsync=do_lipsync,
        )

        return dubbing_input

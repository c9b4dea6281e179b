from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .video_understanding_output import VideoUnderstandingOutput  # noqa: F401


T = TypeVar("T", bound="VideoUnderstandingInput")


@_attrs_define
class VideoUnderstandingInput(
    FalInput["VideoUnderstandingOutput"], endpoint="fal-ai/video-understanding"
):
    """Input of `fal-ai/video-understanding` (vision)."""

    video_url: str
    """Video Url: string."""
    prompt: str
    """Prompt: string, 1 to 5,000 characters."""
    detailed_analysis: bool | Unset = UNSET
    """Detailed Analysis: boolean. Server default: false."""

    def to_dict(self) -> dict[str, Any]:
        video_url = self.video_url

        prompt = self.prompt

        detailed_analysis = self.detailed_analysis

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "video_url": video_url,
                "prompt": prompt,
            }
        )
        if detailed_analysis is not UNSET:
            field_dict["detailed_analysis"] = detailed_analysis

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        video_url = d.pop("video_url")

        prompt = d.pop("prompt")

        detailed_analysis = d.pop("detailed_analysis", UNSET)

        video_understanding_input = cls(
            video_url=video_url,
            prompt=prompt,
            detailed_analysis=detailed_analysis,
        )

        return video_understanding_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .sa_2_va_8b_video_output import Sa2Va8BVideoOutput  # noqa: F401


T = TypeVar("T", bound="Sa2Va8BVideoInput")


@_attrs_define
class Sa2Va8BVideoInput(FalInput["Sa2Va8BVideoOutput"], endpoint="fal-ai/sa2va/8b/video"):
    """Input of `fal-ai/sa2va/8b/video` (vision)."""

    prompt: str
    """Prompt: string."""
    video_url: str
    """Video Url: string."""
    num_frames_to_sample: int | Unset = UNSET
    """Num Frames To Sample: integer, 1 to 100."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        video_url = self.video_url

        num_frames_to_sample = self.num_frames_to_sample

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
                "video_url": video_url,
            }
        )
        if num_frames_to_sample is not UNSET:
            field_dict["num_frames_to_sample"] = num_frames_to_sample

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        video_url = d.pop("video_url")

        num_frames_to_sample = d.pop("num_frames_to_sample", UNSET)

        sa_2_va_8b_video_input = cls(
            prompt=prompt,
            video_url=video_url,
            num_frames_to_sample=num_frames_to_sample,
        )

        return sa_2_va_8b_video_input

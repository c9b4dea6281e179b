from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .sora_2_video_to_video_remix_output import Sora2VideoToVideoRemixOutput  # noqa: F401


T = TypeVar("T", bound="Sora2VideoToVideoRemixInput")


@_attrs_define
class Sora2VideoToVideoRemixInput(
    FalInput["Sora2VideoToVideoRemixOutput"], endpoint="fal-ai/sora-2/video-to-video/remix"
):
    """Input of `fal-ai/sora-2/video-to-video/remix` (video-to-video). fal no longer lists this endpoint."""

    video_id: str
    """Video ID: string."""
    prompt: str
    """Prompt: string, 1 to 5,000 characters."""
    delete_video: bool | Unset = UNSET
    """Delete Video: boolean. Server default: true."""

    def to_dict(self) -> dict[str, Any]:
        video_id = self.video_id

        prompt = self.prompt

        delete_video = self.delete_video

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "video_id": video_id,
                "prompt": prompt,
            }
        )
        if delete_video is not UNSET:
            field_dict["delete_video"] = delete_video

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        video_id = d.pop("video_id")

        prompt = d.pop("prompt")

        delete_video = d.pop("delete_video", UNSET)

        sora_2_video_to_video_remix_input = cls(
            video_id=video_id,
            prompt=prompt,
            delete_video=delete_video,
        )

        return sora_2_video_to_video_remix_input

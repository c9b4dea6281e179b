from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput

if TYPE_CHECKING:
    from .half_moon_ai_ai_face_swap_faceswapvideo_output import (
        HalfMoonAiAiFaceSwapFaceswapvideoOutput,  # noqa: F401
    )


T = TypeVar("T", bound="HalfMoonAiAiFaceSwapFaceswapvideoInput")


@_attrs_define
class HalfMoonAiAiFaceSwapFaceswapvideoInput(
    FalInput["HalfMoonAiAiFaceSwapFaceswapvideoOutput"],
    endpoint="half-moon-ai/ai-face-swap/faceswapvideo",
):
    """Input of `half-moon-ai/ai-face-swap/faceswapvideo` (video-to-video). fal no longer lists this endpoint."""

    source_face_url: str
    """Source Face Url: string."""
    target_video_url: str
    """Target Video Url: string."""

    def to_dict(self) -> dict[str, Any]:
        source_face_url = self.source_face_url

        target_video_url = self.target_video_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "source_face_url": source_face_url,
                "target_video_url": target_video_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        source_face_url = d.pop("source_face_url")

        target_video_url = d.pop("target_video_url")

        half_moon_ai_ai_face_swap_faceswapvideo_input = cls(
            source_face_url=source_face_url,
            target_video_url=target_video_url,
        )

        return half_moon_ai_ai_face_swap_faceswapvideo_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .kling_video_ai_avatar_v2_standard_output import (
        KlingVideoAiAvatarV2StandardOutput,  # noqa: F401
    )


T = TypeVar("T", bound="KlingVideoAiAvatarV2StandardInput")


@_attrs_define
class KlingVideoAiAvatarV2StandardInput(
    FalInput["KlingVideoAiAvatarV2StandardOutput"],
    endpoint="fal-ai/kling-video/ai-avatar/v2/standard",
):
    """Input of `fal-ai/kling-video/ai-avatar/v2/standard` (image-to-video)."""

    image_url: str
    """Image Url: string."""
    audio_url: str
    """Audio Url: string."""
    prompt: str | Unset = UNSET
    """Prompt: string. Server default: "."."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        audio_url = self.audio_url

        prompt = self.prompt

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
                "audio_url": audio_url,
            }
        )
        if prompt is not UNSET:
            field_dict["prompt"] = prompt

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        audio_url = d.pop("audio_url")

        prompt = d.pop("prompt", UNSET)

        kling_video_ai_avatar_v2_standard_input = cls(
            image_url=image_url,
            audio_url=audio_url,
            prompt=prompt,
        )

        return kling_video_ai_avatar_v2_standard_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .kling_video_v1_pro_ai_avatar_output import KlingVideoV1ProAiAvatarOutput  # noqa: F401


T = TypeVar("T", bound="KlingVideoV1ProAiAvatarInput")


@_attrs_define
class KlingVideoV1ProAiAvatarInput(
    FalInput["KlingVideoV1ProAiAvatarOutput"], endpoint="fal-ai/kling-video/v1/pro/ai-avatar"
):
    """Input of `fal-ai/kling-video/v1/pro/ai-avatar` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    audio_url: str
    """URL or local file."""
    image_url: str
    """URL or local file."""
    prompt: str | Unset = UNSET
    """String. Server default: "."."""

    def to_dict(self) -> dict[str, Any]:
        audio_url = self.audio_url

        image_url = self.image_url

        prompt = self.prompt

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "audio_url": audio_url,
                "image_url": image_url,
            }
        )
        if prompt is not UNSET:
            field_dict["prompt"] = prompt

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        audio_url = d.pop("audio_url")

        image_url = d.pop("image_url")

        prompt = d.pop("prompt", UNSET)

        kling_video_v1_pro_ai_avatar_input = cls(
            audio_url=audio_url,
            image_url=image_url,
            prompt=prompt,
        )

        return kling_video_v1_pro_ai_avatar_input

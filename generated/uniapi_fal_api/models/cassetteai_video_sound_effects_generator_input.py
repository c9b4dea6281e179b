from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput

if TYPE_CHECKING:
    from ..models.video_v0f0f5c import VideoV0F0F5C
    from .cassetteai_video_sound_effects_generator_output import (
        CassetteaiVideoSoundEffectsGeneratorOutput,  # noqa: F401
    )


T = TypeVar("T", bound="CassetteaiVideoSoundEffectsGeneratorInput")


@_attrs_define
class CassetteaiVideoSoundEffectsGeneratorInput(
    FalInput["CassetteaiVideoSoundEffectsGeneratorOutput"],
    endpoint="cassetteai/video-sound-effects-generator",
):
    """Input of `cassetteai/video-sound-effects-generator` (video-to-video)."""

    video_url: VideoV0F0F5C
    """VideoV0F0F5C."""

    def to_dict(self) -> dict[str, Any]:
        video_url = self.video_url.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "video_url": video_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.video_v0f0f5c import VideoV0F0F5C  # noqa: PLC0415

        d = dict(src_dict)
        video_url = VideoV0F0F5C.from_dict(d.pop("video_url"))

        cassetteai_video_sound_effects_generator_input = cls(
            video_url=video_url,
        )

        return cassetteai_video_sound_effects_generator_input

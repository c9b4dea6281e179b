from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.kling_video_v26_pro_motion_control_input_character_orientation import (
    KlingVideoV26ProMotionControlInputCharacterOrientation,
    check_kling_video_v26_pro_motion_control_input_character_orientation,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .kling_video_v26_pro_motion_control_output import (
        KlingVideoV26ProMotionControlOutput,  # noqa: F401
    )


T = TypeVar("T", bound="KlingVideoV26ProMotionControlInput")


@_attrs_define
class KlingVideoV26ProMotionControlInput(
    FalInput["KlingVideoV26ProMotionControlOutput"],
    endpoint="fal-ai/kling-video/v2.6/pro/motion-control",
):
    """Input of `fal-ai/kling-video/v2.6/pro/motion-control` (video-to-video)."""

    image_url: str
    """Image Url: string."""
    video_url: str
    """Video Url: string."""
    character_orientation: KlingVideoV26ProMotionControlInputCharacterOrientation
    """Character Orientation: one of "image", "video"."""
    prompt: str | Unset = UNSET
    """Prompt: string, at most 2,500 characters."""
    keep_original_sound: bool | Unset = UNSET
    """Keep Original Sound: boolean. Server default: true."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        video_url = self.video_url

        character_orientation: str = self.character_orientation

        prompt = self.prompt

        keep_original_sound = self.keep_original_sound

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
                "video_url": video_url,
                "character_orientation": character_orientation,
            }
        )
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if keep_original_sound is not UNSET:
            field_dict["keep_original_sound"] = keep_original_sound

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        video_url = d.pop("video_url")

        character_orientation = (
            check_kling_video_v26_pro_motion_control_input_character_orientation(
                d.pop("character_orientation")
            )
        )

        prompt = d.pop("prompt", UNSET)

        keep_original_sound = d.pop("keep_original_sound", UNSET)

        kling_video_v26_pro_motion_control_input = cls(
            image_url=image_url,
            video_url=video_url,
            character_orientation=character_orientation,
            prompt=prompt,
            keep_original_sound=keep_original_sound,
        )

        return kling_video_v26_pro_motion_control_input

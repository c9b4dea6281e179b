from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.live_avatar_input_acceleration import (
    LiveAvatarInputAcceleration,
    check_live_avatar_input_acceleration,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .live_avatar_output import LiveAvatarOutput  # noqa: F401


T = TypeVar("T", bound="LiveAvatarInput")


@_attrs_define
class LiveAvatarInput(FalInput["LiveAvatarOutput"], endpoint="fal-ai/live-avatar"):
    """Input of `fal-ai/live-avatar` (image-to-video). fal no longer lists this endpoint."""

    image_url: str
    """Reference Image URL: string."""
    audio_url: str
    """Audio URL: string."""
    prompt: str
    """Prompt: string."""
    num_clips: int | Unset = UNSET
    """Number of Clips: integer, 1 to 100. Server default: 10."""
    frames_per_clip: int | Unset = UNSET
    """Frames per Clip: integer, 16 to 80, a multiple of 4. Server default: 48."""
    guidance_scale: float | Unset = UNSET
    """Guidance Scale: number, 0 to 10. Server default: 0."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    enable_safety_checker: bool | Unset = UNSET
    """Enable Safety Checker: boolean. Server default: true."""
    acceleration: LiveAvatarInputAcceleration | Unset = UNSET
    """Acceleration: one of "none", "light", "regular", "high". Server default: "none"."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        audio_url = self.audio_url

        prompt = self.prompt

        num_clips = self.num_clips

        frames_per_clip = self.frames_per_clip

        guidance_scale = self.guidance_scale

        seed = self.seed

        enable_safety_checker = self.enable_safety_checker

        acceleration: str | Unset = UNSET
        if not isinstance(self.acceleration, Unset):
            acceleration = self.acceleration

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
                "audio_url": audio_url,
                "prompt": prompt,
            }
        )
        if num_clips is not UNSET:
            field_dict["num_clips"] = num_clips
        if frames_per_clip is not UNSET:
            field_dict["frames_per_clip"] = frames_per_clip
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if seed is not UNSET:
            field_dict["seed"] = seed
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker
        if acceleration is not UNSET:
            field_dict["acceleration"] = acceleration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        audio_url = d.pop("audio_url")

        prompt = d.pop("prompt")

        num_clips = d.pop("num_clips", UNSET)

        frames_per_clip = d.pop("frames_per_clip", UNSET)

        guidance_scale = d.pop("guidance_scale", UNSET)

        seed = d.pop("seed", UNSET)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        _acceleration = d.pop("acceleration", UNSET)
        acceleration: LiveAvatarInputAcceleration | Unset
        if isinstance(_acceleration, Unset):
            acceleration = UNSET
        else:
            acceleration = check_live_avatar_input_acceleration(_acceleration)

        live_avatar_input = cls(
            image_url=image_url,
            audio_url=audio_url,
            prompt=prompt,
            num_clips=num_clips,
            frames_per_clip=frames_per_clip,
            guidance_scale=guidance_scale,
            seed=seed,
            enable_safety_checker=enable_safety_checker,
            acceleration=acceleration,
        )

        return live_avatar_input

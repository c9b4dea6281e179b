from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.ai_avatar_multi_input_acceleration import (
    AiAvatarMultiInputAcceleration,
    check_ai_avatar_multi_input_acceleration,
)
from ..models.ai_avatar_multi_input_resolution import (
    AiAvatarMultiInputResolution,
    check_ai_avatar_multi_input_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .ai_avatar_multi_output import AiAvatarMultiOutput  # noqa: F401


T = TypeVar("T", bound="AiAvatarMultiInput")


@_attrs_define
class AiAvatarMultiInput(FalInput["AiAvatarMultiOutput"], endpoint="fal-ai/ai-avatar/multi"):
    """Input of `fal-ai/ai-avatar/multi` (image-to-video)."""

    image_url: str
    """Image URL: string."""
    first_audio_url: str
    """First Audio URL: string."""
    prompt: str
    """Prompt: string."""
    second_audio_url: str | Unset = UNSET
    """Second Audio URL: string."""
    num_frames: int | Unset = UNSET
    """Number of Frames: integer, 41 to 241. Server default: 181."""
    resolution: AiAvatarMultiInputResolution | Unset = UNSET
    """Resolution: one of "480p", "720p". Server default: "480p"."""
    seed: int | Unset = UNSET
    """Seed: integer. Server default: 81."""
    use_only_first_audio: bool | Unset = UNSET
    """Use Only First Audio: boolean. Server default: false."""
    acceleration: AiAvatarMultiInputAcceleration | Unset = UNSET
    """Acceleration: one of "none", "regular", "high". Server default: "regular"."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        first_audio_url = self.first_audio_url

        prompt = self.prompt

        second_audio_url = self.second_audio_url

        num_frames = self.num_frames

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        seed = self.seed

        use_only_first_audio = self.use_only_first_audio

        acceleration: str | Unset = UNSET
        if not isinstance(self.acceleration, Unset):
            acceleration = self.acceleration

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
                "first_audio_url": first_audio_url,
                "prompt": prompt,
            }
        )
        if second_audio_url is not UNSET:
            field_dict["second_audio_url"] = second_audio_url
        if num_frames is not UNSET:
            field_dict["num_frames"] = num_frames
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if seed is not UNSET:
            field_dict["seed"] = seed
        if use_only_first_audio is not UNSET:
            field_dict["use_only_first_audio"] = use_only_first_audio
        if acceleration is not UNSET:
            field_dict["acceleration"] = acceleration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        first_audio_url = d.pop("first_audio_url")

        prompt = d.pop("prompt")

        second_audio_url = d.pop("second_audio_url", UNSET)

        num_frames = d.pop("num_frames", UNSET)

        _resolution = d.pop("resolution", UNSET)
        resolution: AiAvatarMultiInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_ai_avatar_multi_input_resolution(_resolution)

        seed = d.pop("seed", UNSET)

        use_only_first_audio = d.pop("use_only_first_audio", UNSET)

        _acceleration = d.pop("acceleration", UNSET)
        acceleration: AiAvatarMultiInputAcceleration | Unset
        if isinstance(_acceleration, Unset):
            acceleration = UNSET
        else:
            acceleration = check_ai_avatar_multi_input_acceleration(_acceleration)

        ai_avatar_multi_input = cls(
            image_url=image_url,
            first_audio_url=first_audio_url,
            prompt=prompt,
            second_audio_url=second_audio_url,
            num_frames=num_frames,
            resolution=resolution,
            seed=seed,
            use_only_first_audio=use_only_first_audio,
            acceleration=acceleration,
        )

        return ai_avatar_multi_input

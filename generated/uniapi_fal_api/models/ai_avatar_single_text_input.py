from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.ai_avatar_single_text_input_acceleration import (
    AiAvatarSingleTextInputAcceleration,
    check_ai_avatar_single_text_input_acceleration,
)
from ..models.ai_avatar_single_text_input_resolution import (
    AiAvatarSingleTextInputResolution,
    check_ai_avatar_single_text_input_resolution,
)
from ..models.ai_avatar_single_text_input_voice import (
    AiAvatarSingleTextInputVoice,
    check_ai_avatar_single_text_input_voice,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .ai_avatar_single_text_output import AiAvatarSingleTextOutput  # noqa: F401


T = TypeVar("T", bound="AiAvatarSingleTextInput")


@_attrs_define
class AiAvatarSingleTextInput(
    FalInput["AiAvatarSingleTextOutput"], endpoint="fal-ai/ai-avatar/single-text"
):
    """Input of `fal-ai/ai-avatar/single-text` (image-to-video)."""

    image_url: str
    """Image URL: string."""
    text_input: str
    """Text Input: string."""
    voice: AiAvatarSingleTextInputVoice
    """Voice: one of "Aria", "Roger", "Sarah", "Laura", "Charlie", "George", "Callum", "River", ...
    (20 values)."""
    prompt: str
    """Prompt: string."""
    num_frames: int | Unset = UNSET
    """Number of Frames: integer, 41 to 241. Server default: 136."""
    resolution: AiAvatarSingleTextInputResolution | Unset = UNSET
    """Resolution: one of "480p", "720p". Server default: "480p"."""
    seed: int | Unset = UNSET
    """Seed: integer. Server default: 42."""
    acceleration: AiAvatarSingleTextInputAcceleration | Unset = UNSET
    """Acceleration: one of "none", "regular", "high". Server default: "regular"."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        text_input = self.text_input

        voice: str = self.voice

        prompt = self.prompt

        num_frames = self.num_frames

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        seed = self.seed

        acceleration: str | Unset = UNSET
        if not isinstance(self.acceleration, Unset):
            acceleration = self.acceleration

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
                "text_input": text_input,
                "voice": voice,
                "prompt": prompt,
            }
        )
        if num_frames is not UNSET:
            field_dict["num_frames"] = num_frames
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if seed is not UNSET:
            field_dict["seed"] = seed
        if acceleration is not UNSET:
            field_dict["acceleration"] = acceleration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        text_input = d.pop("text_input")

        voice = check_ai_avatar_single_text_input_voice(d.pop("voice"))

        prompt = d.pop("prompt")

        num_frames = d.pop("num_frames", UNSET)

        _resolution = d.pop("resolution", UNSET)
        resolution: AiAvatarSingleTextInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_ai_avatar_single_text_input_resolution(_resolution)

        seed = d.pop("seed", UNSET)

        _acceleration = d.pop("acceleration", UNSET)
        acceleration: AiAvatarSingleTextInputAcceleration | Unset
        if isinstance(_acceleration, Unset):
            acceleration = UNSET
        else:
            acceleration = check_ai_avatar_single_text_input_acceleration(_acceleration)

        ai_avatar_single_text_input = cls(
            image_url=image_url,
            text_input=text_input,
            voice=voice,
            prompt=prompt,
            num_frames=num_frames,
            resolution=resolution,
            seed=seed,
            acceleration=acceleration,
        )

        return ai_avatar_single_text_input

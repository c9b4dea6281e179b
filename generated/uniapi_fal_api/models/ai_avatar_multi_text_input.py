from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.ai_avatar_multi_text_input_acceleration import (
    AiAvatarMultiTextInputAcceleration,
    check_ai_avatar_multi_text_input_acceleration,
)
from ..models.ai_avatar_multi_text_input_resolution import (
    AiAvatarMultiTextInputResolution,
    check_ai_avatar_multi_text_input_resolution,
)
from ..models.ai_avatar_multi_text_input_voice_1 import (
    AiAvatarMultiTextInputVoice1,
    check_ai_avatar_multi_text_input_voice_1,
)
from ..models.ai_avatar_multi_text_input_voice_2 import (
    AiAvatarMultiTextInputVoice2,
    check_ai_avatar_multi_text_input_voice_2,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .ai_avatar_multi_text_output import AiAvatarMultiTextOutput  # noqa: F401


T = TypeVar("T", bound="AiAvatarMultiTextInput")


@_attrs_define
class AiAvatarMultiTextInput(
    FalInput["AiAvatarMultiTextOutput"], endpoint="fal-ai/ai-avatar/multi-text"
):
    """Input of `fal-ai/ai-avatar/multi-text` (image-to-video)."""

    image_url: str
    """Image URL: string."""
    first_text_input: str
    """First Text Input: string."""
    second_text_input: str
    """Second Text Input: string."""
    prompt: str
    """Prompt: string."""
    voice1: AiAvatarMultiTextInputVoice1 | Unset = UNSET
    """Voice1: one of "Aria", "Roger", "Sarah", "Laura", "Charlie", "George", "Callum", "River",
    ... (20 values). Server default: "Sarah"."""
    voice2: AiAvatarMultiTextInputVoice2 | Unset = UNSET
    """Voice2: one of "Aria", "Roger", "Sarah", "Laura", "Charlie", "George", "Callum", "River",
    ... (20 values). Server default: "Roger"."""
    num_frames: int | Unset = UNSET
    """Number of Frames: integer, 41 to 241. Server default: 191."""
    resolution: AiAvatarMultiTextInputResolution | Unset = UNSET
    """Resolution: one of "480p", "720p". Server default: "480p"."""
    seed: int | Unset = UNSET
    """Seed: integer. Server default: 81."""
    acceleration: AiAvatarMultiTextInputAcceleration | Unset = UNSET
    """Acceleration: one of "none", "regular", "high". Server default: "regular"."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        first_text_input = self.first_text_input

        second_text_input = self.second_text_input

        prompt = self.prompt

        voice1: str | Unset = UNSET
        if not isinstance(self.voice1, Unset):
            voice1 = self.voice1

        voice2: str | Unset = UNSET
        if not isinstance(self.voice2, Unset):
            voice2 = self.voice2

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
                "first_text_input": first_text_input,
                "second_text_input": second_text_input,
                "prompt": prompt,
            }
        )
        if voice1 is not UNSET:
            field_dict["voice1"] = voice1
        if voice2 is not UNSET:
            field_dict["voice2"] = voice2
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

        first_text_input = d.pop("first_text_input")

        second_text_input = d.pop("second_text_input")

        prompt = d.pop("prompt")

        _voice1 = d.pop("voice1", UNSET)
        voice1: AiAvatarMultiTextInputVoice1 | Unset
        if isinstance(_voice1, Unset):
            voice1 = UNSET
        else:
            voice1 = check_ai_avatar_multi_text_input_voice_1(_voice1)

        _voice2 = d.pop("voice2", UNSET)
        voice2: AiAvatarMultiTextInputVoice2 | Unset
        if isinstance(_voice2, Unset):
            voice2 = UNSET
        else:
            voice2 = check_ai_avatar_multi_text_input_voice_2(_voice2)

        num_frames = d.pop("num_frames", UNSET)

        _resolution = d.pop("resolution", UNSET)
        resolution: AiAvatarMultiTextInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_ai_avatar_multi_text_input_resolution(_resolution)

        seed = d.pop("seed", UNSET)

        _acceleration = d.pop("acceleration", UNSET)
        acceleration: AiAvatarMultiTextInputAcceleration | Unset
        if isinstance(_acceleration, Unset):
            acceleration = UNSET
        else:
            acceleration = check_ai_avatar_multi_text_input_acceleration(_acceleration)

        ai_avatar_multi_text_input = cls(
            image_url=image_url,
            first_text_input=first_text_input,
            second_text_input=second_text_input,
            prompt=prompt,
            voice1=voice1,
            voice2=voice2,
            num_frames=num_frames,
            resolution=resolution,
            seed=seed,
            acceleration=acceleration,
        )

        return ai_avatar_multi_text_input

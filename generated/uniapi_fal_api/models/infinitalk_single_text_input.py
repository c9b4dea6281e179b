from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.infinitalk_single_text_input_acceleration import (
    InfinitalkSingleTextInputAcceleration,
    check_infinitalk_single_text_input_acceleration,
)
from ..models.infinitalk_single_text_input_resolution import (
    InfinitalkSingleTextInputResolution,
    check_infinitalk_single_text_input_resolution,
)
from ..models.infinitalk_single_text_input_voice import (
    InfinitalkSingleTextInputVoice,
    check_infinitalk_single_text_input_voice,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .infinitalk_single_text_output import InfinitalkSingleTextOutput  # noqa: F401


T = TypeVar("T", bound="InfinitalkSingleTextInput")


@_attrs_define
class InfinitalkSingleTextInput(
    FalInput["InfinitalkSingleTextOutput"], endpoint="fal-ai/infinitalk/single-text"
):
    """Input of `fal-ai/infinitalk/single-text` (text-to-video)."""

    image_url: str
    """Image URL: string."""
    text_input: str
    """Text Input: string."""
    voice: InfinitalkSingleTextInputVoice
    """Voice: one of "Aria", "Roger", "Sarah", "Laura", "Charlie", "George", "Callum", "River", ...
    (20 values)."""
    prompt: str
    """Prompt: string."""
    num_frames: int | Unset = UNSET
    """Number of Frames: integer, 41 to 721. Server default: 145."""
    resolution: InfinitalkSingleTextInputResolution | Unset = UNSET
    """Resolution: one of "480p", "720p". Server default: "480p"."""
    seed: int | Unset = UNSET
    """Seed: integer. Server default: 42."""
    acceleration: InfinitalkSingleTextInputAcceleration | Unset = UNSET
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

        voice = check_infinitalk_single_text_input_voice(d.pop("voice"))

        prompt = d.pop("prompt")

        num_frames = d.pop("num_frames", UNSET)

        _resolution = d.pop("resolution", UNSET)
        resolution: InfinitalkSingleTextInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_infinitalk_single_text_input_resolution(_resolution)

        seed = d.pop("seed", UNSET)

        _acceleration = d.pop("acceleration", UNSET)
        acceleration: InfinitalkSingleTextInputAcceleration | Unset
        if isinstance(_acceleration, Unset):
            acceleration = UNSET
        else:
            acceleration = check_infinitalk_single_text_input_acceleration(_acceleration)

        infinitalk_single_text_input = cls(
            image_url=image_url,
            text_input=text_input,
            voice=voice,
            prompt=prompt,
            num_frames=num_frames,
            resolution=resolution,
            seed=seed,
            acceleration=acceleration,
        )

        return infinitalk_single_text_input

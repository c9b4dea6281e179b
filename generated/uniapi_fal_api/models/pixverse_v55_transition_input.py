from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.pixverse_v55_transition_input_aspect_ratio import (
    PixverseV55TransitionInputAspectRatio,
    check_pixverse_v55_transition_input_aspect_ratio,
)
from ..models.pixverse_v55_transition_input_duration import (
    PixverseV55TransitionInputDuration,
    check_pixverse_v55_transition_input_duration,
)
from ..models.pixverse_v55_transition_input_resolution import (
    PixverseV55TransitionInputResolution,
    check_pixverse_v55_transition_input_resolution,
)
from ..models.pixverse_v55_transition_input_style import (
    PixverseV55TransitionInputStyle,
    check_pixverse_v55_transition_input_style,
)
from ..models.pixverse_v55_transition_input_thinking_type import (
    PixverseV55TransitionInputThinkingType,
    check_pixverse_v55_transition_input_thinking_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .pixverse_v55_transition_output import PixverseV55TransitionOutput  # noqa: F401


T = TypeVar("T", bound="PixverseV55TransitionInput")


@_attrs_define
class PixverseV55TransitionInput(
    FalInput["PixverseV55TransitionOutput"], endpoint="fal-ai/pixverse/v5.5/transition"
):
    """Input of `fal-ai/pixverse/v5.5/transition` (image-to-video)."""

    prompt: str
    """Prompt: string."""
    first_image_url: str
    """First Image Url: string."""
    aspect_ratio: PixverseV55TransitionInputAspectRatio | Unset = UNSET
    """Aspect Ratio: one of "16:9", "4:3", "1:1", "3:4", "9:16". Server default: "16:9"."""
    resolution: PixverseV55TransitionInputResolution | Unset = UNSET
    """Resolution: one of "360p", "540p", "720p", "1080p". Server default: "720p"."""
    duration: PixverseV55TransitionInputDuration | Unset = UNSET
    """Duration: one of "5", "8", "10". Server default: "5"."""
    negative_prompt: str | Unset = UNSET
    """Negative Prompt: string. Server default: ""."""
    style: PixverseV55TransitionInputStyle | Unset = UNSET
    """Style: one of "anime", "3d_animation", "clay", "comic", "cyberpunk"."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    generate_audio_switch: bool | Unset = UNSET
    """Generate Audio Switch: boolean. Server default: false."""
    thinking_type: PixverseV55TransitionInputThinkingType | Unset = UNSET
    """Thinking Type: one of "enabled", "disabled", "auto"."""
    end_image_url: str | Unset = UNSET
    """End Image Url: string."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        first_image_url = self.first_image_url

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        duration: str | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

        negative_prompt = self.negative_prompt

        style: str | Unset = UNSET
        if not isinstance(self.style, Unset):
            style = self.style

        seed = self.seed

        generate_audio_switch = self.generate_audio_switch

        thinking_type: str | Unset = UNSET
        if not isinstance(self.thinking_type, Unset):
            thinking_type = self.thinking_type

        end_image_url = self.end_image_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
                "first_image_url": first_image_url,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if duration is not UNSET:
            field_dict["duration"] = duration
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if style is not UNSET:
            field_dict["style"] = style
        if seed is not UNSET:
            field_dict["seed"] = seed
        if generate_audio_switch is not UNSET:
            field_dict["generate_audio_switch"] = generate_audio_switch
        if thinking_type is not UNSET:
            field_dict["thinking_type"] = thinking_type
        if end_image_url is not UNSET:
            field_dict["end_image_url"] = end_image_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        first_image_url = d.pop("first_image_url")

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: PixverseV55TransitionInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_pixverse_v55_transition_input_aspect_ratio(_aspect_ratio)

        _resolution = d.pop("resolution", UNSET)
        resolution: PixverseV55TransitionInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_pixverse_v55_transition_input_resolution(_resolution)

        _duration = d.pop("duration", UNSET)
        duration: PixverseV55TransitionInputDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_pixverse_v55_transition_input_duration(_duration)

        negative_prompt = d.pop("negative_prompt", UNSET)

        _style = d.pop("style", UNSET)
        style: PixverseV55TransitionInputStyle | Unset
        if isinstance(_style, Unset):
            style = UNSET
        else:
            style = check_pixverse_v55_transition_input_style(_style)

        seed = d.pop("seed", UNSET)

        generate_audio_switch = d.pop("generate_audio_switch", UNSET)

        _thinking_type = d.pop("thinking_type", UNSET)
        thinking_type: PixverseV55TransitionInputThinkingType | Unset
        if isinstance(_thinking_type, Unset):
            thinking_type = UNSET
        else:
            thinking_type = check_pixverse_v55_transition_input_thinking_type(_thinking_type)

        end_image_url = d.pop("end_image_url", UNSET)

        pixverse_v55_transition_input = cls(
            prompt=prompt,
            first_image_url=first_image_url,
            aspect_ratio=aspect_ratio,
            resolution=resolution,
            duration=duration,
            negative_prompt=negative_prompt,
            style=style,
            seed=seed,
            generate_audio_switch=generate_audio_switch,
            thinking_type=thinking_type,
            end_image_url=end_image_url,
        )

        return pixverse_v55_transition_input

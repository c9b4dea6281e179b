from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.pixverse_v6_transition_input_aspect_ratio import (
    PixverseV6TransitionInputAspectRatio,
    check_pixverse_v6_transition_input_aspect_ratio,
)
from ..models.pixverse_v6_transition_input_resolution import (
    PixverseV6TransitionInputResolution,
    check_pixverse_v6_transition_input_resolution,
)
from ..models.pixverse_v6_transition_input_style import (
    PixverseV6TransitionInputStyle,
    check_pixverse_v6_transition_input_style,
)
from ..models.pixverse_v6_transition_input_thinking_type import (
    PixverseV6TransitionInputThinkingType,
    check_pixverse_v6_transition_input_thinking_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .pixverse_v6_transition_output import PixverseV6TransitionOutput  # noqa: F401


T = TypeVar("T", bound="PixverseV6TransitionInput")


@_attrs_define
class PixverseV6TransitionInput(
    FalInput["PixverseV6TransitionOutput"], endpoint="fal-ai/pixverse/v6/transition"
):
    """Input of `fal-ai/pixverse/v6/transition` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    end_image_url: str
    """URL or local file."""
    first_image_url: str
    """URL or local file."""
    prompt: str
    """String."""
    aspect_ratio: PixverseV6TransitionInputAspectRatio | Unset = UNSET
    """One of "16:9", "4:3", "1:1", "3:4", "9:16", "2:3", "3:2", "21:9". Server default: "16:9"."""
    duration: float | Unset = UNSET
    """Number. Server default: 5."""
    generate_audio_switch: bool | Unset = UNSET
    """Boolean."""
    generate_multi_clip_switch: bool | Unset = UNSET
    """Boolean."""
    negative_prompt: str | Unset = UNSET
    """String. Server default: ""."""
    resolution: PixverseV6TransitionInputResolution | Unset = UNSET
    """One of "360p", "540p", "720p", "1080p". Server default: "720p"."""
    seed: float | Unset = UNSET
    """Number."""
    style: PixverseV6TransitionInputStyle | Unset = UNSET
    """One of "anime", "3d_animation", "clay", "comic", "cyberpunk"."""
    thinking_type: PixverseV6TransitionInputThinkingType | Unset = UNSET
    """One of "enabled", "disabled", "auto"."""

    def to_dict(self) -> dict[str, Any]:
        end_image_url = self.end_image_url

        first_image_url = self.first_image_url

        prompt = self.prompt

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        duration = self.duration

        generate_audio_switch = self.generate_audio_switch

        generate_multi_clip_switch = self.generate_multi_clip_switch

        negative_prompt = self.negative_prompt

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        seed = self.seed

        style: str | Unset = UNSET
        if not isinstance(self.style, Unset):
            style = self.style

        thinking_type: str | Unset = UNSET
        if not isinstance(self.thinking_type, Unset):
            thinking_type = self.thinking_type

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "end_image_url": end_image_url,
                "first_image_url": first_image_url,
                "prompt": prompt,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if duration is not UNSET:
            field_dict["duration"] = duration
        if generate_audio_switch is not UNSET:
            field_dict["generate_audio_switch"] = generate_audio_switch
        if generate_multi_clip_switch is not UNSET:
            field_dict["generate_multi_clip_switch"] = generate_multi_clip_switch
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if seed is not UNSET:
            field_dict["seed"] = seed
        if style is not UNSET:
            field_dict["style"] = style
        if thinking_type is not UNSET:
            field_dict["thinking_type"] = thinking_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        end_image_url = d.pop("end_image_url")

        first_image_url = d.pop("first_image_url")

        prompt = d.pop("prompt")

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: PixverseV6TransitionInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_pixverse_v6_transition_input_aspect_ratio(_aspect_ratio)

        duration = d.pop("duration", UNSET)

        generate_audio_switch = d.pop("generate_audio_switch", UNSET)

        generate_multi_clip_switch = d.pop("generate_multi_clip_switch", UNSET)

        negative_prompt = d.pop("negative_prompt", UNSET)

        _resolution = d.pop("resolution", UNSET)
        resolution: PixverseV6TransitionInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_pixverse_v6_transition_input_resolution(_resolution)

        seed = d.pop("seed", UNSET)

        _style = d.pop("style", UNSET)
        style: PixverseV6TransitionInputStyle | Unset
        if isinstance(_style, Unset):
            style = UNSET
        else:
            style = check_pixverse_v6_transition_input_style(_style)

        _thinking_type = d.pop("thinking_type", UNSET)
        thinking_type: PixverseV6TransitionInputThinkingType | Unset
        if isinstance(_thinking_type, Unset):
            thinking_type = UNSET
        else:
            thinking_type = check_pixverse_v6_transition_input_thinking_type(_thinking_type)

        pixverse_v6_transition_input = cls(
            end_image_url=end_image_url,
            first_image_url=first_image_url,
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            duration=duration,
            generate_audio_switch=generate_audio_switch,
            generate_multi_clip_switch=generate_multi_clip_switch,
            negative_prompt=negative_prompt,
            resolution=resolution,
            seed=seed,
            style=style,
            thinking_type=thinking_type,
        )

        return pixverse_v6_transition_input

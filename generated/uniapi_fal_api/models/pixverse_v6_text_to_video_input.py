from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.pixverse_v6_text_to_video_input_aspect_ratio import (
    PixverseV6TextToVideoInputAspectRatio,
    check_pixverse_v6_text_to_video_input_aspect_ratio,
)
from ..models.pixverse_v6_text_to_video_input_resolution import (
    PixverseV6TextToVideoInputResolution,
    check_pixverse_v6_text_to_video_input_resolution,
)
from ..models.pixverse_v6_text_to_video_input_style import (
    PixverseV6TextToVideoInputStyle,
    check_pixverse_v6_text_to_video_input_style,
)
from ..models.pixverse_v6_text_to_video_input_thinking_type import (
    PixverseV6TextToVideoInputThinkingType,
    check_pixverse_v6_text_to_video_input_thinking_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .pixverse_v6_text_to_video_output import PixverseV6TextToVideoOutput  # noqa: F401


T = TypeVar("T", bound="PixverseV6TextToVideoInput")


@_attrs_define
class PixverseV6TextToVideoInput(
    FalInput["PixverseV6TextToVideoOutput"], endpoint="fal-ai/pixverse/v6/text-to-video"
):
    """Input of `fal-ai/pixverse/v6/text-to-video` (text-to-video). fal publishes no constraints for it (it comes from
    fal's TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    prompt: str
    """String."""
    aspect_ratio: PixverseV6TextToVideoInputAspectRatio | Unset = UNSET
    """One of "16:9", "4:3", "1:1", "3:4", "9:16", "2:3", "3:2", "21:9". Server default: "16:9"."""
    duration: float | Unset = UNSET
    """Number. Server default: 5."""
    generate_audio_switch: bool | Unset = UNSET
    """Boolean."""
    generate_multi_clip_switch: bool | Unset = UNSET
    """Boolean."""
    negative_prompt: str | Unset = UNSET
    """String. Server default: ""."""
    resolution: PixverseV6TextToVideoInputResolution | Unset = UNSET
    """One of "360p", "540p", "720p", "1080p". Server default: "720p"."""
    seed: float | Unset = UNSET
    """Number."""
    style: PixverseV6TextToVideoInputStyle | Unset = UNSET
    """One of "anime", "3d_animation", "clay", "comic", "cyberpunk"."""
    thinking_type: PixverseV6TextToVideoInputThinkingType | Unset = UNSET
    """One of "enabled", "disabled", "auto"."""

    def to_dict(self) -> dict[str, Any]:
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
        prompt = d.pop("prompt")

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: PixverseV6TextToVideoInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_pixverse_v6_text_to_video_input_aspect_ratio(_aspect_ratio)

        duration = d.pop("duration", UNSET)

        generate_audio_switch = d.pop("generate_audio_switch", UNSET)

        generate_multi_clip_switch = d.pop("generate_multi_clip_switch", UNSET)

        negative_prompt = d.pop("negative_prompt", UNSET)

        _resolution = d.pop("resolution", UNSET)
        resolution: PixverseV6TextToVideoInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_pixverse_v6_text_to_video_input_resolution(_resolution)

        seed = d.pop("seed", UNSET)

        _style = d.pop("style", UNSET)
        style: PixverseV6TextToVideoInputStyle | Unset
        if isinstance(_style, Unset):
            style = UNSET
        else:
            style = check_pixverse_v6_text_to_video_input_style(_style)

        _thinking_type = d.pop("thinking_type", UNSET)
        thinking_type: PixverseV6TextToVideoInputThinkingType | Unset
        if isinstance(_thinking_type, Unset):
            thinking_type = UNSET
        else:
            thinking_type = check_pixverse_v6_text_to_video_input_thinking_type(_thinking_type)

        pixverse_v6_text_to_video_input = cls(
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

        return pixverse_v6_text_to_video_input

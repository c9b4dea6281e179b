from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.pixverse_v6_extend_input_resolution import (
    PixverseV6ExtendInputResolution,
    check_pixverse_v6_extend_input_resolution,
)
from ..models.pixverse_v6_extend_input_style import (
    PixverseV6ExtendInputStyle,
    check_pixverse_v6_extend_input_style,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .pixverse_v6_extend_output import PixverseV6ExtendOutput  # noqa: F401


T = TypeVar("T", bound="PixverseV6ExtendInput")


@_attrs_define
class PixverseV6ExtendInput(
    FalInput["PixverseV6ExtendOutput"], endpoint="fal-ai/pixverse/v6/extend"
):
    """Input of `fal-ai/pixverse/v6/extend` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript
    types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    prompt: str
    """String."""
    video_url: str
    """URL or local file."""
    duration: float | Unset = UNSET
    """Number. Server default: 5."""
    generate_audio_switch: bool | Unset = UNSET
    """Boolean."""
    negative_prompt: str | Unset = UNSET
    """String. Server default: ""."""
    resolution: PixverseV6ExtendInputResolution | Unset = UNSET
    """One of "360p", "540p", "720p", "1080p". Server default: "720p"."""
    seed: float | Unset = UNSET
    """Number."""
    style: PixverseV6ExtendInputStyle | Unset = UNSET
    """One of "anime", "3d_animation", "clay", "comic", "cyberpunk"."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        video_url = self.video_url

        duration = self.duration

        generate_audio_switch = self.generate_audio_switch

        negative_prompt = self.negative_prompt

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        seed = self.seed

        style: str | Unset = UNSET
        if not isinstance(self.style, Unset):
            style = self.style

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
                "video_url": video_url,
            }
        )
        if duration is not UNSET:
            field_dict["duration"] = duration
        if generate_audio_switch is not UNSET:
            field_dict["generate_audio_switch"] = generate_audio_switch
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if seed is not UNSET:
            field_dict["seed"] = seed
        if style is not UNSET:
            field_dict["style"] = style

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        video_url = d.pop("video_url")

        duration = d.pop("duration", UNSET)

        generate_audio_switch = d.pop("generate_audio_switch", UNSET)

        negative_prompt = d.pop("negative_prompt", UNSET)

        _resolution = d.pop("resolution", UNSET)
        resolution: PixverseV6ExtendInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_pixverse_v6_extend_input_resolution(_resolution)

        seed = d.pop("seed", UNSET)

        _style = d.pop("style", UNSET)
        style: PixverseV6ExtendInputStyle | Unset
        if isinstance(_style, Unset):
            style = UNSET
        else:
            style = check_pixverse_v6_extend_input_style(_style)

        pixverse_v6_extend_input = cls(
            prompt=prompt,
            video_url=video_url,
            duration=duration,
            generate_audio_switch=generate_audio_switch,
            negative_prompt=negative_prompt,
            resolution=resolution,
            seed=seed,
            style=style,
        )

        return pixverse_v6_extend_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.pixverse_v5_image_to_video_input_duration import (
    PixverseV5ImageToVideoInputDuration,
    check_pixverse_v5_image_to_video_input_duration,
)
from ..models.pixverse_v5_image_to_video_input_resolution import (
    PixverseV5ImageToVideoInputResolution,
    check_pixverse_v5_image_to_video_input_resolution,
)
from ..models.pixverse_v5_image_to_video_input_style import (
    PixverseV5ImageToVideoInputStyle,
    check_pixverse_v5_image_to_video_input_style,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .pixverse_v5_image_to_video_output import PixverseV5ImageToVideoOutput  # noqa: F401


T = TypeVar("T", bound="PixverseV5ImageToVideoInput")


@_attrs_define
class PixverseV5ImageToVideoInput(
    FalInput["PixverseV5ImageToVideoOutput"], endpoint="fal-ai/pixverse/v5/image-to-video"
):
    """Input of `fal-ai/pixverse/v5/image-to-video` (image-to-video)."""

    prompt: str
    """Prompt: string."""
    image_url: str
    """Image Url: string."""
    resolution: PixverseV5ImageToVideoInputResolution | Unset = UNSET
    """Resolution: one of "360p", "540p", "720p", "1080p". Server default: "720p"."""
    duration: PixverseV5ImageToVideoInputDuration | Unset = UNSET
    """Duration: one of "5", "8". Server default: "5"."""
    negative_prompt: str | Unset = UNSET
    """Negative Prompt: string. Server default: ""."""
    style: PixverseV5ImageToVideoInputStyle | Unset = UNSET
    """Style: one of "anime", "3d_animation", "clay", "comic", "cyberpunk"."""
    seed: int | Unset = UNSET
    """Seed: integer."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        image_url = self.image_url

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

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
                "image_url": image_url,
            }
        )
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        image_url = d.pop("image_url")

        _resolution = d.pop("resolution", UNSET)
        resolution: PixverseV5ImageToVideoInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_pixverse_v5_image_to_video_input_resolution(_resolution)

        _duration = d.pop("duration", UNSET)
        duration: PixverseV5ImageToVideoInputDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_pixverse_v5_image_to_video_input_duration(_duration)

        negative_prompt = d.pop("negative_prompt", UNSET)

        _style = d.pop("style", UNSET)
        style: PixverseV5ImageToVideoInputStyle | Unset
        if isinstance(_style, Unset):
            style = UNSET
        else:
            style = check_pixverse_v5_image_to_video_input_style(_style)

        seed = d.pop("seed", UNSET)

        pixverse_v5_image_to_video_input = cls(
            prompt=prompt,
            image_url=image_url,
            resolution=resolution,
            duration=duration,
            negative_prompt=negative_prompt,
            style=style,
            seed=seed,
        )

        return pixverse_v5_image_to_video_input

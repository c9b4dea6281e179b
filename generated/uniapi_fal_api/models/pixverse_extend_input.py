from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.pixverse_extend_input_duration import (
    PixverseExtendInputDuration,
    check_pixverse_extend_input_duration,
)
from ..models.pixverse_extend_input_model import (
    PixverseExtendInputModel,
    check_pixverse_extend_input_model,
)
from ..models.pixverse_extend_input_resolution import (
    PixverseExtendInputResolution,
    check_pixverse_extend_input_resolution,
)
from ..models.pixverse_extend_input_style import (
    PixverseExtendInputStyle,
    check_pixverse_extend_input_style,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .pixverse_extend_output import PixverseExtendOutput  # noqa: F401


T = TypeVar("T", bound="PixverseExtendInput")


@_attrs_define
class PixverseExtendInput(FalInput["PixverseExtendOutput"], endpoint="fal-ai/pixverse/extend"):
    """Input of `fal-ai/pixverse/extend` (video-to-video)."""

    video_url: str
    """Video Url: string."""
    prompt: str
    """Prompt: string."""
    negative_prompt: str | Unset = UNSET
    """Negative Prompt: string. Server default: ""."""
    style: PixverseExtendInputStyle | Unset = UNSET
    """Style: one of "anime", "3d_animation", "clay", "comic", "cyberpunk"."""
    resolution: PixverseExtendInputResolution | Unset = UNSET
    """Resolution: one of "360p", "540p", "720p", "1080p". Server default: "720p"."""
    duration: PixverseExtendInputDuration | Unset = UNSET
    """Duration: one of "5", "8". Server default: "5"."""
    model: PixverseExtendInputModel | Unset = UNSET
    """Model: one of "v3.5", "v4", "v4.5", "v5", "v5.5", "v5.6". Server default: "v4.5"."""
    seed: int | Unset = UNSET
    """Seed: integer."""

    def to_dict(self) -> dict[str, Any]:
        video_url = self.video_url

        prompt = self.prompt

        negative_prompt = self.negative_prompt

        style: str | Unset = UNSET
        if not isinstance(self.style, Unset):
            style = self.style

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        duration: str | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

        model: str | Unset = UNSET
        if not isinstance(self.model, Unset):
            model = self.model

        seed = self.seed

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "video_url": video_url,
                "prompt": prompt,
            }
        )
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if style is not UNSET:
            field_dict["style"] = style
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if duration is not UNSET:
            field_dict["duration"] = duration
        if model is not UNSET:
            field_dict["model"] = model
        if seed is not UNSET:
            field_dict["seed"] = seed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        video_url = d.pop("video_url")

        prompt = d.pop("prompt")

        negative_prompt = d.pop("negative_prompt", UNSET)

        _style = d.pop("style", UNSET)
        style: PixverseExtendInputStyle | Unset
        if isinstance(_style, Unset):
            style = UNSET
        else:
            style = check_pixverse_extend_input_style(_style)

        _resolution = d.pop("resolution", UNSET)
        resolution: PixverseExtendInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_pixverse_extend_input_resolution(_resolution)

        _duration = d.pop("duration", UNSET)
        duration: PixverseExtendInputDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_pixverse_extend_input_duration(_duration)

        _model = d.pop("model", UNSET)
        model: PixverseExtendInputModel | Unset
        if isinstance(_model, Unset):
            model = UNSET
        else:
            model = check_pixverse_extend_input_model(_model)

        seed = d.pop("seed", UNSET)

        pixverse_extend_input = cls(
            video_url=video_url,
            prompt=prompt,
            negative_prompt=negative_prompt,
            style=style,
            resolution=resolution,
            duration=duration,
            model=model,
            seed=seed,
        )

        return pixverse_extend_input

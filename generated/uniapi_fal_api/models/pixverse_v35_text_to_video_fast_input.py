from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.pixverse_v35_text_to_video_fast_input_aspect_ratio import (
    PixverseV35TextToVideoFastInputAspectRatio,
    check_pixverse_v35_text_to_video_fast_input_aspect_ratio,
)
from ..models.pixverse_v35_text_to_video_fast_input_resolution import (
    PixverseV35TextToVideoFastInputResolution,
    check_pixverse_v35_text_to_video_fast_input_resolution,
)
from ..models.pixverse_v35_text_to_video_fast_input_style import (
    PixverseV35TextToVideoFastInputStyle,
    check_pixverse_v35_text_to_video_fast_input_style,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .pixverse_v35_text_to_video_fast_output import PixverseV35TextToVideoFastOutput  # noqa: F401


T = TypeVar("T", bound="PixverseV35TextToVideoFastInput")


@_attrs_define
class PixverseV35TextToVideoFastInput(
    FalInput["PixverseV35TextToVideoFastOutput"], endpoint="fal-ai/pixverse/v3.5/text-to-video/fast"
):
    """Input of `fal-ai/pixverse/v3.5/text-to-video/fast` (text-to-video)."""

    prompt: str
    """Prompt: string."""
    aspect_ratio: PixverseV35TextToVideoFastInputAspectRatio | Unset = UNSET
    """Aspect Ratio: one of "16:9", "4:3", "1:1", "3:4", "9:16". Server default: "16:9"."""
    resolution: PixverseV35TextToVideoFastInputResolution | Unset = UNSET
    """Resolution: one of "360p", "540p", "720p". Server default: "720p"."""
    negative_prompt: str | Unset = UNSET
    """Negative Prompt: string. Server default: ""."""
    style: PixverseV35TextToVideoFastInputStyle | Unset = UNSET
    """Style: one of "anime", "3d_animation", "clay", "comic", "cyberpunk"."""
    seed: int | Unset = UNSET
    """Seed: integer."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        negative_prompt = self.negative_prompt

        style: str | Unset = UNSET
        if not isinstance(self.style, Unset):
            style = self.style

        seed = self.seed

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
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

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: PixverseV35TextToVideoFastInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_pixverse_v35_text_to_video_fast_input_aspect_ratio(_aspect_ratio)

        _resolution = d.pop("resolution", UNSET)
        resolution: PixverseV35TextToVideoFastInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_pixverse_v35_text_to_video_fast_input_resolution(_resolution)

        negative_prompt = d.pop("negative_prompt", UNSET)

        _style = d.pop("style", UNSET)
        style: PixverseV35TextToVideoFastInputStyle | Unset
        if isinstance(_style, Unset):
            style = UNSET
        else:
            style = check_pixverse_v35_text_to_video_fast_input_style(_style)

        seed = d.pop("seed", UNSET)

        pixverse_v35_text_to_video_fast_input = cls(
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            resolution=resolution,
            negative_prompt=negative_prompt,
            style=style,
            seed=seed,
        )

        return pixverse_v35_text_to_video_fast_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.pixverse_v35_transition_input_aspect_ratio import (
    PixverseV35TransitionInputAspectRatio,
    check_pixverse_v35_transition_input_aspect_ratio,
)
from ..models.pixverse_v35_transition_input_duration import (
    PixverseV35TransitionInputDuration,
    check_pixverse_v35_transition_input_duration,
)
from ..models.pixverse_v35_transition_input_resolution import (
    PixverseV35TransitionInputResolution,
    check_pixverse_v35_transition_input_resolution,
)
from ..models.pixverse_v35_transition_input_style import (
    PixverseV35TransitionInputStyle,
    check_pixverse_v35_transition_input_style,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .pixverse_v35_transition_output import PixverseV35TransitionOutput  # noqa: F401


T = TypeVar("T", bound="PixverseV35TransitionInput")


@_attrs_define
class PixverseV35TransitionInput(
    FalInput["PixverseV35TransitionOutput"], endpoint="fal-ai/pixverse/v3.5/transition"
):
    """Input of `fal-ai/pixverse/v3.5/transition` (image-to-video)."""

    prompt: str
    """Prompt: string."""
    first_image_url: str
    """First Image Url: string."""
    aspect_ratio: PixverseV35TransitionInputAspectRatio | Unset = UNSET
    """Aspect Ratio: one of "16:9", "4:3", "1:1", "3:4", "9:16". Server default: "16:9"."""
    resolution: PixverseV35TransitionInputResolution | Unset = UNSET
    """Resolution: one of "360p", "540p", "720p", "1080p". Server default: "720p"."""
    duration: PixverseV35TransitionInputDuration | Unset = UNSET
    """Duration: one of "5", "8". Server default: "5"."""
    negative_prompt: str | Unset = UNSET
    """Negative Prompt: string. Server default: ""."""
    style: PixverseV35TransitionInputStyle | Unset = UNSET
    """Style: one of "anime", "3d_animation", "clay", "comic", "cyberpunk"."""
    seed: int | Unset = UNSET
    """Seed: integer."""
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
        if end_image_url is not UNSET:
            field_dict["end_image_url"] = end_image_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        first_image_url = d.pop("first_image_url")

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: PixverseV35TransitionInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_pixverse_v35_transition_input_aspect_ratio(_aspect_ratio)

        _resolution = d.pop("resolution", UNSET)
        resolution: PixverseV35TransitionInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_pixverse_v35_transition_input_resolution(_resolution)

        _duration = d.pop("duration", UNSET)
        duration: PixverseV35TransitionInputDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_pixverse_v35_transition_input_duration(_duration)

        negative_prompt = d.pop("negative_prompt", UNSET)

        _style = d.pop("style", UNSET)
        style: PixverseV35TransitionInputStyle | Unset
        if isinstance(_style, Unset):
            style = UNSET
        else:
            style = check_pixverse_v35_transition_input_style(_style)

        seed = d.pop("seed", UNSET)

        end_image_url = d.pop("end_image_url", UNSET)

        pixverse_v35_transition_input = cls(
            prompt=prompt,
            first_image_url=first_image_url,
            aspect_ratio=aspect_ratio,
            resolution=resolution,
            duration=duration,
            negative_prompt=negative_prompt,
            style=style,
            seed=seed,
            end_image_url=end_image_url,
        )

        return pixverse_v35_transition_input

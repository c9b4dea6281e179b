from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.pixverse_v45_transition_input_aspect_ratio import (
    PixverseV45TransitionInputAspectRatio,
    check_pixverse_v45_transition_input_aspect_ratio,
)
from ..models.pixverse_v45_transition_input_duration import (
    PixverseV45TransitionInputDuration,
    check_pixverse_v45_transition_input_duration,
)
from ..models.pixverse_v45_transition_input_resolution import (
    PixverseV45TransitionInputResolution,
    check_pixverse_v45_transition_input_resolution,
)
from ..models.pixverse_v45_transition_input_style import (
    PixverseV45TransitionInputStyle,
    check_pixverse_v45_transition_input_style,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .pixverse_v45_transition_output import PixverseV45TransitionOutput  # noqa: F401


T = TypeVar("T", bound="PixverseV45TransitionInput")


@_attrs_define
class PixverseV45TransitionInput(
    FalInput["PixverseV45TransitionOutput"], endpoint="fal-ai/pixverse/v4.5/transition"
):
    """Input of `fal-ai/pixverse/v4.5/transition` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    end_image_url: str
    """URL or local file."""
    first_image_url: str
    """URL or local file."""
    prompt: str
    """String."""
    aspect_ratio: PixverseV45TransitionInputAspectRatio | Unset = UNSET
    """One of "16:9", "4:3", "1:1", "3:4", "9:16". Server default: "16:9"."""
    duration: PixverseV45TransitionInputDuration | Unset = UNSET
    """One of "5", "8". Server default: "5"."""
    negative_prompt: str | Unset = UNSET
    """String. Server default: ""."""
    resolution: PixverseV45TransitionInputResolution | Unset = UNSET
    """One of "360p", "540p", "720p", "1080p". Server default: "720p"."""
    seed: float | Unset = UNSET
    """Number."""
    style: PixverseV45TransitionInputStyle | Unset = UNSET
    """One of "anime", "3d_animation", "clay", "comic", "cyberpunk"."""

    def to_dict(self) -> dict[str, Any]:
        end_image_url = self.end_image_url

        first_image_url = self.first_image_url

        prompt = self.prompt

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        duration: str | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

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
                "end_image_url": end_image_url,
                "first_image_url": first_image_url,
                "prompt": prompt,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if duration is not UNSET:
            field_dict["duration"] = duration
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
        end_image_url = d.pop("end_image_url")

        first_image_url = d.pop("first_image_url")

        prompt = d.pop("prompt")

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: PixverseV45TransitionInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_pixverse_v45_transition_input_aspect_ratio(_aspect_ratio)

        _duration = d.pop("duration", UNSET)
        duration: PixverseV45TransitionInputDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_pixverse_v45_transition_input_duration(_duration)

        negative_prompt = d.pop("negative_prompt", UNSET)

        _resolution = d.pop("resolution", UNSET)
        resolution: PixverseV45TransitionInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_pixverse_v45_transition_input_resolution(_resolution)

        seed = d.pop("seed", UNSET)

        _style = d.pop("style", UNSET)
        style: PixverseV45TransitionInputStyle | Unset
        if isinstance(_style, Unset):
            style = UNSET
        else:
            style = check_pixverse_v45_transition_input_style(_style)

        pixverse_v45_transition_input = cls(
            end_image_url=end_image_url,
            first_image_url=first_image_url,
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            duration=duration,
            negative_prompt=negative_prompt,
            resolution=resolution,
            seed=seed,
            style=style,
        )

        return pixverse_v45_transition_input

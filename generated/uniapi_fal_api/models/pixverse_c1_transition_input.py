from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.pixverse_c1_transition_input_aspect_ratio import (
    PixverseC1TransitionInputAspectRatio,
    check_pixverse_c1_transition_input_aspect_ratio,
)
from ..models.pixverse_c1_transition_input_resolution import (
    PixverseC1TransitionInputResolution,
    check_pixverse_c1_transition_input_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .pixverse_c1_transition_output import PixverseC1TransitionOutput  # noqa: F401


T = TypeVar("T", bound="PixverseC1TransitionInput")


@_attrs_define
class PixverseC1TransitionInput(
    FalInput["PixverseC1TransitionOutput"], endpoint="fal-ai/pixverse/c1/transition"
):
    """Input of `fal-ai/pixverse/c1/transition` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    end_image_url: str
    """URL or local file."""
    first_image_url: str
    """URL or local file."""
    prompt: str
    """String."""
    aspect_ratio: PixverseC1TransitionInputAspectRatio | Unset = UNSET
    """One of "16:9", "4:3", "1:1", "3:4", "9:16", "2:3", "3:2", "21:9". Server default: "16:9"."""
    duration: float | Unset = UNSET
    """Number. Server default: 5."""
    generate_audio_switch: bool | Unset = UNSET
    """Boolean."""
    resolution: PixverseC1TransitionInputResolution | Unset = UNSET
    """One of "360p", "540p", "720p", "1080p". Server default: "720p"."""
    seed: float | Unset = UNSET
    """Number."""

    def to_dict(self) -> dict[str, Any]:
        end_image_url = self.end_image_url

        first_image_url = self.first_image_url

        prompt = self.prompt

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        duration = self.duration

        generate_audio_switch = self.generate_audio_switch

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        seed = self.seed

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
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if seed is not UNSET:
            field_dict["seed"] = seed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        end_image_url = d.pop("end_image_url")

        first_image_url = d.pop("first_image_url")

        prompt = d.pop("prompt")

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: PixverseC1TransitionInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_pixverse_c1_transition_input_aspect_ratio(_aspect_ratio)

        duration = d.pop("duration", UNSET)

        generate_audio_switch = d.pop("generate_audio_switch", UNSET)

        _resolution = d.pop("resolution", UNSET)
        resolution: PixverseC1TransitionInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_pixverse_c1_transition_input_resolution(_resolution)

        seed = d.pop("seed", UNSET)

        pixverse_c1_transition_input = cls(
            end_image_url=end_image_url,
            first_image_url=first_image_url,
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            duration=duration,
            generate_audio_switch=generate_audio_switch,
            resolution=resolution,
            seed=seed,
        )

        return pixverse_c1_transition_input

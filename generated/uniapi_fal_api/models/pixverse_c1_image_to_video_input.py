from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.pixverse_c1_image_to_video_input_resolution import (
    PixverseC1ImageToVideoInputResolution,
    check_pixverse_c1_image_to_video_input_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .pixverse_c1_image_to_video_output import PixverseC1ImageToVideoOutput  # noqa: F401


T = TypeVar("T", bound="PixverseC1ImageToVideoInput")


@_attrs_define
class PixverseC1ImageToVideoInput(
    FalInput["PixverseC1ImageToVideoOutput"], endpoint="fal-ai/pixverse/c1/image-to-video"
):
    """Input of `fal-ai/pixverse/c1/image-to-video` (image-to-video). fal publishes no constraints for it (it comes from
    fal's TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    prompt: str
    """String."""
    duration: float | Unset = UNSET
    """Number. Server default: 5."""
    generate_audio_switch: bool | Unset = UNSET
    """Boolean."""
    resolution: PixverseC1ImageToVideoInputResolution | Unset = UNSET
    """One of "360p", "540p", "720p", "1080p". Server default: "720p"."""
    seed: float | Unset = UNSET
    """Number."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        prompt = self.prompt

        duration = self.duration

        generate_audio_switch = self.generate_audio_switch

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        seed = self.seed

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
                "prompt": prompt,
            }
        )
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
        image_url = d.pop("image_url")

        prompt = d.pop("prompt")

        duration = d.pop("duration", UNSET)

        generate_audio_switch = d.pop("generate_audio_switch", UNSET)

        _resolution = d.pop("resolution", UNSET)
        resolution: PixverseC1ImageToVideoInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_pixverse_c1_image_to_video_input_resolution(_resolution)

        seed = d.pop("seed", UNSET)

        pixverse_c1_image_to_video_input = cls(
            image_url=image_url,
            prompt=prompt,
            duration=duration,
            generate_audio_switch=generate_audio_switch,
            resolution=resolution,
            seed=seed,
        )

        return pixverse_c1_image_to_video_input

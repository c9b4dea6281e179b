from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.luma_dream_machine_ray_2_image_to_video_input_aspect_ratio import (
    LumaDreamMachineRay2ImageToVideoInputAspectRatio,
    check_luma_dream_machine_ray_2_image_to_video_input_aspect_ratio,
)
from ..models.luma_dream_machine_ray_2_image_to_video_input_duration import (
    LumaDreamMachineRay2ImageToVideoInputDuration,
    check_luma_dream_machine_ray_2_image_to_video_input_duration,
)
from ..models.luma_dream_machine_ray_2_image_to_video_input_resolution import (
    LumaDreamMachineRay2ImageToVideoInputResolution,
    check_luma_dream_machine_ray_2_image_to_video_input_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .luma_dream_machine_ray_2_image_to_video_output import (
        LumaDreamMachineRay2ImageToVideoOutput,  # noqa: F401
    )


T = TypeVar("T", bound="LumaDreamMachineRay2ImageToVideoInput")


@_attrs_define
class LumaDreamMachineRay2ImageToVideoInput(
    FalInput["LumaDreamMachineRay2ImageToVideoOutput"],
    endpoint="fal-ai/luma-dream-machine/ray-2/image-to-video",
):
    """Input of `fal-ai/luma-dream-machine/ray-2/image-to-video` (image-to-video)."""

    prompt: str
    """Prompt: string, 3 to 5,000 characters."""
    image_url: str | Unset = UNSET
    """Image Url: string."""
    end_image_url: str | Unset = UNSET
    """End Image Url: string."""
    aspect_ratio: LumaDreamMachineRay2ImageToVideoInputAspectRatio | Unset = UNSET
    """Aspect Ratio: one of "16:9", "9:16", "4:3", "3:4", "21:9", "9:21". Server default: "16:9"."""
    loop: bool | Unset = UNSET
    """Loop: boolean. Server default: false."""
    resolution: LumaDreamMachineRay2ImageToVideoInputResolution | Unset = UNSET
    """Resolution: one of "540p", "720p", "1080p". Server default: "540p"."""
    duration: LumaDreamMachineRay2ImageToVideoInputDuration | Unset = UNSET
    """Duration: one of "5s", "9s". Server default: "5s"."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        image_url = self.image_url

        end_image_url = self.end_image_url

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        loop = self.loop

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        duration: str | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if end_image_url is not UNSET:
            field_dict["end_image_url"] = end_image_url
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if loop is not UNSET:
            field_dict["loop"] = loop
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if duration is not UNSET:
            field_dict["duration"] = duration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        image_url = d.pop("image_url", UNSET)

        end_image_url = d.pop("end_image_url", UNSET)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: LumaDreamMachineRay2ImageToVideoInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_luma_dream_machine_ray_2_image_to_video_input_aspect_ratio(
                _aspect_ratio
            )

        loop = d.pop("loop", UNSET)

        _resolution = d.pop("resolution", UNSET)
        resolution: LumaDreamMachineRay2ImageToVideoInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_luma_dream_machine_ray_2_image_to_video_input_resolution(_resolution)

        _duration = d.pop("duration", UNSET)
        duration: LumaDreamMachineRay2ImageToVideoInputDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_luma_dream_machine_ray_2_image_to_video_input_duration(_duration)

        luma_dream_machine_ray_2_image_to_video_input = cls(
            prompt=prompt,
            image_url=image_url,
            end_image_url=end_image_url,
            aspect_ratio=aspect_ratio,
            loop=loop,
            resolution=resolution,
            duration=duration,
        )

        return luma_dream_machine_ray_2_image_to_video_input

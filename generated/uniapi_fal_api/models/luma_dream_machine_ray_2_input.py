from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.luma_dream_machine_ray_2_input_aspect_ratio import (
    LumaDreamMachineRay2InputAspectRatio,
    check_luma_dream_machine_ray_2_input_aspect_ratio,
)
from ..models.luma_dream_machine_ray_2_input_duration import (
    LumaDreamMachineRay2InputDuration,
    check_luma_dream_machine_ray_2_input_duration,
)
from ..models.luma_dream_machine_ray_2_input_resolution import (
    LumaDreamMachineRay2InputResolution,
    check_luma_dream_machine_ray_2_input_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .luma_dream_machine_ray_2_output import LumaDreamMachineRay2Output  # noqa: F401


T = TypeVar("T", bound="LumaDreamMachineRay2Input")


@_attrs_define
class LumaDreamMachineRay2Input(
    FalInput["LumaDreamMachineRay2Output"], endpoint="fal-ai/luma-dream-machine/ray-2"
):
    """Input of `fal-ai/luma-dream-machine/ray-2` (text-to-video)."""

    prompt: str
    """Prompt: string, 3 to 5,000 characters."""
    aspect_ratio: LumaDreamMachineRay2InputAspectRatio | Unset = UNSET
    """Aspect Ratio: one of "16:9", "9:16", "4:3", "3:4", "21:9", "9:21". Server default: "16:9"."""
    loop: bool | Unset = UNSET
    """Loop: boolean. Server default: false."""
    resolution: LumaDreamMachineRay2InputResolution | Unset = UNSET
    """Resolution: one of "540p", "720p", "1080p". Server default: "540p"."""
    duration: LumaDreamMachineRay2InputDuration | Unset = UNSET
    """Duration: one of "5s", "9s". Server default: "5s"."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

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

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: LumaDreamMachineRay2InputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_luma_dream_machine_ray_2_input_aspect_ratio(_aspect_ratio)

        loop = d.pop("loop", UNSET)

        _resolution = d.pop("resolution", UNSET)
        resolution: LumaDreamMachineRay2InputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_luma_dream_machine_ray_2_input_resolution(_resolution)

        _duration = d.pop("duration", UNSET)
        duration: LumaDreamMachineRay2InputDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_luma_dream_machine_ray_2_input_duration(_duration)

        luma_dream_machine_ray_2_input = cls(
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            loop=loop,
            resolution=resolution,
            duration=duration,
        )

        return luma_dream_machine_ray_2_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.vidu_q3_image_to_video_turbo_input_resolution import (
    ViduQ3ImageToVideoTurboInputResolution,
    check_vidu_q3_image_to_video_turbo_input_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .vidu_q3_image_to_video_turbo_output import ViduQ3ImageToVideoTurboOutput  # noqa: F401


T = TypeVar("T", bound="ViduQ3ImageToVideoTurboInput")


@_attrs_define
class ViduQ3ImageToVideoTurboInput(
    FalInput["ViduQ3ImageToVideoTurboOutput"], endpoint="fal-ai/vidu/q3/image-to-video/turbo"
):
    """Input of `fal-ai/vidu/q3/image-to-video/turbo` (image-to-video). fal publishes no constraints for it (it comes from
    fal's TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    audio: bool | Unset = UNSET
    """Boolean. Server default: true."""
    duration: float | Unset = UNSET
    """Number. Server default: 5."""
    end_image_url: str | Unset = UNSET
    """URL or local file."""
    prompt: str | Unset = UNSET
    """String. Server default: ""."""
    resolution: ViduQ3ImageToVideoTurboInputResolution | Unset = UNSET
    """One of "360p", "540p", "720p", "1080p". Server default: "720p"."""
    seed: float | Unset = UNSET
    """Number."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        audio = self.audio

        duration = self.duration

        end_image_url = self.end_image_url

        prompt = self.prompt

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        seed = self.seed

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
            }
        )
        if audio is not UNSET:
            field_dict["audio"] = audio
        if duration is not UNSET:
            field_dict["duration"] = duration
        if end_image_url is not UNSET:
            field_dict["end_image_url"] = end_image_url
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if seed is not UNSET:
            field_dict["seed"] = seed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        audio = d.pop("audio", UNSET)

        duration = d.pop("duration", UNSET)

        end_image_url = d.pop("end_image_url", UNSET)

        prompt = d.pop("prompt", UNSET)

        _resolution = d.pop("resolution", UNSET)
        resolution: ViduQ3ImageToVideoTurboInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_vidu_q3_image_to_video_turbo_input_resolution(_resolution)

        seed = d.pop("seed", UNSET)

        vidu_q3_image_to_video_turbo_input = cls(
            image_url=image_url,
            audio=audio,
            duration=duration,
            end_image_url=end_image_url,
            prompt=prompt,
            resolution=resolution,
            seed=seed,
        )

        return vidu_q3_image_to_video_turbo_input

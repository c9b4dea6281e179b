from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.vidu_q2_image_to_video_turbo_input_duration import (
    ViduQ2ImageToVideoTurboInputDuration,
    check_vidu_q2_image_to_video_turbo_input_duration,
)
from ..models.vidu_q2_image_to_video_turbo_input_movement_amplitude import (
    ViduQ2ImageToVideoTurboInputMovementAmplitude,
    check_vidu_q2_image_to_video_turbo_input_movement_amplitude,
)
from ..models.vidu_q2_image_to_video_turbo_input_resolution import (
    ViduQ2ImageToVideoTurboInputResolution,
    check_vidu_q2_image_to_video_turbo_input_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .vidu_q2_image_to_video_turbo_output import ViduQ2ImageToVideoTurboOutput  # noqa: F401


T = TypeVar("T", bound="ViduQ2ImageToVideoTurboInput")


@_attrs_define
class ViduQ2ImageToVideoTurboInput(
    FalInput["ViduQ2ImageToVideoTurboOutput"], endpoint="fal-ai/vidu/q2/image-to-video/turbo"
):
    """Input of `fal-ai/vidu/q2/image-to-video/turbo` (image-to-video)."""

    prompt: str
    """Prompt: string, at most 3,000 characters."""
    image_url: str
    """Image Url: string."""
    end_image_url: str | Unset = UNSET
    """End Image Url: string."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    duration: ViduQ2ImageToVideoTurboInputDuration | Unset = UNSET
    """Duration: one of 2, 3, 4, 5, 6, 7, 8. Server default: 4."""
    resolution: ViduQ2ImageToVideoTurboInputResolution | Unset = UNSET
    """Resolution: one of "720p", "1080p". Server default: "720p"."""
    movement_amplitude: ViduQ2ImageToVideoTurboInputMovementAmplitude | Unset = UNSET
    """Movement Amplitude: one of "auto", "small", "medium", "large". Server default: "auto"."""
    bgm: bool | Unset = UNSET
    """Bgm: boolean. Server default: false."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        image_url = self.image_url

        end_image_url = self.end_image_url

        seed = self.seed

        duration: int | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        movement_amplitude: str | Unset = UNSET
        if not isinstance(self.movement_amplitude, Unset):
            movement_amplitude = self.movement_amplitude

        bgm = self.bgm

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
                "image_url": image_url,
            }
        )
        if end_image_url is not UNSET:
            field_dict["end_image_url"] = end_image_url
        if seed is not UNSET:
            field_dict["seed"] = seed
        if duration is not UNSET:
            field_dict["duration"] = duration
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if movement_amplitude is not UNSET:
            field_dict["movement_amplitude"] = movement_amplitude
        if bgm is not UNSET:
            field_dict["bgm"] = bgm

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        image_url = d.pop("image_url")

        end_image_url = d.pop("end_image_url", UNSET)

        seed = d.pop("seed", UNSET)

        _duration = d.pop("duration", UNSET)
        duration: ViduQ2ImageToVideoTurboInputDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_vidu_q2_image_to_video_turbo_input_duration(_duration)

        _resolution = d.pop("resolution", UNSET)
        resolution: ViduQ2ImageToVideoTurboInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_vidu_q2_image_to_video_turbo_input_resolution(_resolution)

        _movement_amplitude = d.pop("movement_amplitude", UNSET)
        movement_amplitude: ViduQ2ImageToVideoTurboInputMovementAmplitude | Unset
        if isinstance(_movement_amplitude, Unset):
            movement_amplitude = UNSET
        else:
            movement_amplitude = check_vidu_q2_image_to_video_turbo_input_movement_amplitude(
                _movement_amplitude
            )

        bgm = d.pop("bgm", UNSET)

        vidu_q2_image_to_video_turbo_input = cls(
            prompt=prompt,
            image_url=image_url,
            end_image_url=end_image_url,
            seed=seed,
            duration=duration,
            resolution=resolution,
            movement_amplitude=movement_amplitude,
            bgm=bgm,
        )

        return vidu_q2_image_to_video_turbo_input

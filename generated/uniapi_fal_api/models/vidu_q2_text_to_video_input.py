from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.vidu_q2_text_to_video_input_aspect_ratio import (
    ViduQ2TextToVideoInputAspectRatio,
    check_vidu_q2_text_to_video_input_aspect_ratio,
)
from ..models.vidu_q2_text_to_video_input_duration import (
    ViduQ2TextToVideoInputDuration,
    check_vidu_q2_text_to_video_input_duration,
)
from ..models.vidu_q2_text_to_video_input_movement_amplitude import (
    ViduQ2TextToVideoInputMovementAmplitude,
    check_vidu_q2_text_to_video_input_movement_amplitude,
)
from ..models.vidu_q2_text_to_video_input_resolution import (
    ViduQ2TextToVideoInputResolution,
    check_vidu_q2_text_to_video_input_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .vidu_q2_text_to_video_output import ViduQ2TextToVideoOutput  # noqa: F401


T = TypeVar("T", bound="ViduQ2TextToVideoInput")


@_attrs_define
class ViduQ2TextToVideoInput(
    FalInput["ViduQ2TextToVideoOutput"], endpoint="fal-ai/vidu/q2/text-to-video"
):
    """Input of `fal-ai/vidu/q2/text-to-video` (text-to-video)."""

    prompt: str
    """Prompt: string, at most 3,000 characters."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    duration: ViduQ2TextToVideoInputDuration | Unset = UNSET
    """Duration: one of 2, 3, 4, 5, 6, 7, 8. Server default: 4."""
    resolution: ViduQ2TextToVideoInputResolution | Unset = UNSET
    """Resolution: one of "360p", "520p", "720p", "1080p". Server default: "720p"."""
    aspect_ratio: ViduQ2TextToVideoInputAspectRatio | Unset = UNSET
    """Aspect Ratio: one of "16:9", "9:16", "1:1". Server default: "16:9"."""
    movement_amplitude: ViduQ2TextToVideoInputMovementAmplitude | Unset = UNSET
    """Movement Amplitude: one of "auto", "small", "medium", "large". Server default: "auto"."""
    bgm: bool | Unset = UNSET
    """Bgm: boolean. Server default: false."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        seed = self.seed

        duration: int | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        movement_amplitude: str | Unset = UNSET
        if not isinstance(self.movement_amplitude, Unset):
            movement_amplitude = self.movement_amplitude

        bgm = self.bgm

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if seed is not UNSET:
            field_dict["seed"] = seed
        if duration is not UNSET:
            field_dict["duration"] = duration
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if movement_amplitude is not UNSET:
            field_dict["movement_amplitude"] = movement_amplitude
        if bgm is not UNSET:
            field_dict["bgm"] = bgm

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        seed = d.pop("seed", UNSET)

        _duration = d.pop("duration", UNSET)
        duration: ViduQ2TextToVideoInputDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_vidu_q2_text_to_video_input_duration(_duration)

        _resolution = d.pop("resolution", UNSET)
        resolution: ViduQ2TextToVideoInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_vidu_q2_text_to_video_input_resolution(_resolution)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: ViduQ2TextToVideoInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_vidu_q2_text_to_video_input_aspect_ratio(_aspect_ratio)

        _movement_amplitude = d.pop("movement_amplitude", UNSET)
        movement_amplitude: ViduQ2TextToVideoInputMovementAmplitude | Unset
        if isinstance(_movement_amplitude, Unset):
            movement_amplitude = UNSET
        else:
            movement_amplitude = check_vidu_q2_text_to_video_input_movement_amplitude(
                _movement_amplitude
            )

        bgm = d.pop("bgm", UNSET)

        vidu_q2_text_to_video_input = cls(
            prompt=prompt,
            seed=seed,
            duration=duration,
            resolution=resolution,
            aspect_ratio=aspect_ratio,
            movement_amplitude=movement_amplitude,
            bgm=bgm,
        )

        return vidu_q2_text_to_video_input

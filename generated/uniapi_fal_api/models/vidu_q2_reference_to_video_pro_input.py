from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.vidu_q2_reference_to_video_pro_input_movement_amplitude import (
    ViduQ2ReferenceToVideoProInputMovementAmplitude,
    check_vidu_q2_reference_to_video_pro_input_movement_amplitude,
)
from ..models.vidu_q2_reference_to_video_pro_input_resolution import (
    ViduQ2ReferenceToVideoProInputResolution,
    check_vidu_q2_reference_to_video_pro_input_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .vidu_q2_reference_to_video_pro_output import ViduQ2ReferenceToVideoProOutput  # noqa: F401


T = TypeVar("T", bound="ViduQ2ReferenceToVideoProInput")


@_attrs_define
class ViduQ2ReferenceToVideoProInput(
    FalInput["ViduQ2ReferenceToVideoProOutput"], endpoint="fal-ai/vidu/q2/reference-to-video/pro"
):
    """Input of `fal-ai/vidu/q2/reference-to-video/pro` (image-to-video)."""

    prompt: str
    """Prompt: string, at most 2,000 characters."""
    reference_image_urls: list[str] | Unset = UNSET
    """Reference Image Urls: list of string."""
    reference_video_urls: list[str] | Unset = UNSET
    """Reference Video Urls: list of string."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    duration: int | Unset = UNSET
    """Duration: integer, 1 to 8. Server default: 4."""
    resolution: ViduQ2ReferenceToVideoProInputResolution | Unset = UNSET
    """Resolution: one of "540p", "720p", "1080p". Server default: "720p"."""
    aspect_ratio: str | Unset = UNSET
    """Aspect Ratio: string. Server default: "16:9"."""
    movement_amplitude: ViduQ2ReferenceToVideoProInputMovementAmplitude | Unset = UNSET
    """Movement Amplitude: one of "auto", "small", "medium", "large". Server default: "auto"."""
    bgm: bool | Unset = UNSET
    """Bgm: boolean. Server default: false."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        reference_image_urls: list[str] | Unset = UNSET
        if not isinstance(self.reference_image_urls, Unset):
            reference_image_urls = self.reference_image_urls

        reference_video_urls: list[str] | Unset = UNSET
        if not isinstance(self.reference_video_urls, Unset):
            reference_video_urls = self.reference_video_urls

        seed = self.seed

        duration = self.duration

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

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
        if reference_image_urls is not UNSET:
            field_dict["reference_image_urls"] = reference_image_urls
        if reference_video_urls is not UNSET:
            field_dict["reference_video_urls"] = reference_video_urls
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

        reference_image_urls = cast(list[str], d.pop("reference_image_urls", UNSET))

        reference_video_urls = cast(list[str], d.pop("reference_video_urls", UNSET))

        seed = d.pop("seed", UNSET)

        duration = d.pop("duration", UNSET)

        _resolution = d.pop("resolution", UNSET)
        resolution: ViduQ2ReferenceToVideoProInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_vidu_q2_reference_to_video_pro_input_resolution(_resolution)

        aspect_ratio = d.pop("aspect_ratio", UNSET)

        _movement_amplitude = d.pop("movement_amplitude", UNSET)
        movement_amplitude: ViduQ2ReferenceToVideoProInputMovementAmplitude | Unset
        if isinstance(_movement_amplitude, Unset):
            movement_amplitude = UNSET
        else:
            movement_amplitude = check_vidu_q2_reference_to_video_pro_input_movement_amplitude(
                _movement_amplitude
            )

        bgm = d.pop("bgm", UNSET)

        vidu_q2_reference_to_video_pro_input = cls(
            prompt=prompt,
            reference_image_urls=reference_image_urls,
            reference_video_urls=reference_video_urls,
            seed=seed,
            duration=duration,
            resolution=resolution,
            aspect_ratio=aspect_ratio,
            movement_amplitude=movement_amplitude,
            bgm=bgm,
        )

        return vidu_q2_reference_to_video_pro_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.bytedance_seedance_v15_pro_image_to_video_input_aspect_ratio import (
    BytedanceSeedanceV15ProImageToVideoInputAspectRatio,
    check_bytedance_seedance_v15_pro_image_to_video_input_aspect_ratio,
)
from ..models.bytedance_seedance_v15_pro_image_to_video_input_duration import (
    BytedanceSeedanceV15ProImageToVideoInputDuration,
    check_bytedance_seedance_v15_pro_image_to_video_input_duration,
)
from ..models.bytedance_seedance_v15_pro_image_to_video_input_resolution import (
    BytedanceSeedanceV15ProImageToVideoInputResolution,
    check_bytedance_seedance_v15_pro_image_to_video_input_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .bytedance_seedance_v15_pro_image_to_video_output import (
        BytedanceSeedanceV15ProImageToVideoOutput,  # noqa: F401
    )


T = TypeVar("T", bound="BytedanceSeedanceV15ProImageToVideoInput")


@_attrs_define
class BytedanceSeedanceV15ProImageToVideoInput(
    FalInput["BytedanceSeedanceV15ProImageToVideoOutput"],
    endpoint="fal-ai/bytedance/seedance/v1.5/pro/image-to-video",
):
    """Input of `fal-ai/bytedance/seedance/v1.5/pro/image-to-video` (image-to-video)."""

    prompt: str
    """Prompt: string."""
    image_url: str
    """Image Url: string."""
    aspect_ratio: BytedanceSeedanceV15ProImageToVideoInputAspectRatio | Unset = UNSET
    """Aspect Ratio: one of "21:9", "16:9", "4:3", "1:1", "3:4", "9:16". Server default: "16:9"."""
    resolution: BytedanceSeedanceV15ProImageToVideoInputResolution | Unset = UNSET
    """Resolution: one of "480p", "720p", "1080p". Server default: "720p"."""
    duration: BytedanceSeedanceV15ProImageToVideoInputDuration | Unset = UNSET
    """Duration: one of "4", "5", "6", "7", "8", "9", "10", "11", ... (9 values). Server default:
    "5"."""
    camera_fixed: bool | Unset = UNSET
    """Camera Fixed: boolean. Server default: false."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    enable_safety_checker: bool | Unset = UNSET
    """Enable Safety Checker: boolean. Server default: true."""
    generate_audio: bool | Unset = UNSET
    """Generate Audio: boolean. Server default: true."""
    end_image_url: str | Unset = UNSET
    """End Image Url: string."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        image_url = self.image_url

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        duration: str | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

        camera_fixed = self.camera_fixed

        seed = self.seed

        enable_safety_checker = self.enable_safety_checker

        generate_audio = self.generate_audio

        end_image_url = self.end_image_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
                "image_url": image_url,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if duration is not UNSET:
            field_dict["duration"] = duration
        if camera_fixed is not UNSET:
            field_dict["camera_fixed"] = camera_fixed
        if seed is not UNSET:
            field_dict["seed"] = seed
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker
        if generate_audio is not UNSET:
            field_dict["generate_audio"] = generate_audio
        if end_image_url is not UNSET:
            field_dict["end_image_url"] = end_image_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        image_url = d.pop("image_url")

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: BytedanceSeedanceV15ProImageToVideoInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_bytedance_seedance_v15_pro_image_to_video_input_aspect_ratio(
                _aspect_ratio
            )

        _resolution = d.pop("resolution", UNSET)
        resolution: BytedanceSeedanceV15ProImageToVideoInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_bytedance_seedance_v15_pro_image_to_video_input_resolution(
                _resolution
            )

        _duration = d.pop("duration", UNSET)
        duration: BytedanceSeedanceV15ProImageToVideoInputDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_bytedance_seedance_v15_pro_image_to_video_input_duration(_duration)

        camera_fixed = d.pop("camera_fixed", UNSET)

        seed = d.pop("seed", UNSET)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        generate_audio = d.pop("generate_audio", UNSET)

        end_image_url = d.pop("end_image_url", UNSET)

        bytedance_seedance_v15_pro_image_to_video_input = cls(
            prompt=prompt,
            image_url=image_url,
            aspect_ratio=aspect_ratio,
            resolution=resolution,
            duration=duration,
            camera_fixed=camera_fixed,
            seed=seed,
            enable_safety_checker=enable_safety_checker,
            generate_audio=generate_audio,
            end_image_url=end_image_url,
        )

        return bytedance_seedance_v15_pro_image_to_video_input

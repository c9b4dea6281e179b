from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.wan_v22a14b_image_to_video_turbo_input_acceleration import (
    WanV22A14BImageToVideoTurboInputAcceleration,
    check_wan_v22a14b_image_to_video_turbo_input_acceleration,
)
from ..models.wan_v22a14b_image_to_video_turbo_input_aspect_ratio import (
    WanV22A14BImageToVideoTurboInputAspectRatio,
    check_wan_v22a14b_image_to_video_turbo_input_aspect_ratio,
)
from ..models.wan_v22a14b_image_to_video_turbo_input_resolution import (
    WanV22A14BImageToVideoTurboInputResolution,
    check_wan_v22a14b_image_to_video_turbo_input_resolution,
)
from ..models.wan_v22a14b_image_to_video_turbo_input_video_quality import (
    WanV22A14BImageToVideoTurboInputVideoQuality,
    check_wan_v22a14b_image_to_video_turbo_input_video_quality,
)
from ..models.wan_v22a14b_image_to_video_turbo_input_video_write_mode import (
    WanV22A14BImageToVideoTurboInputVideoWriteMode,
    check_wan_v22a14b_image_to_video_turbo_input_video_write_mode,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .wan_v22a14b_image_to_video_turbo_output import (
        WanV22A14BImageToVideoTurboOutput,  # noqa: F401
    )


T = TypeVar("T", bound="WanV22A14BImageToVideoTurboInput")


@_attrs_define
class WanV22A14BImageToVideoTurboInput(
    FalInput["WanV22A14BImageToVideoTurboOutput"],
    endpoint="fal-ai/wan/v2.2-a14b/image-to-video/turbo",
):
    """Input of `fal-ai/wan/v2.2-a14b/image-to-video/turbo` (image-to-video)."""

    image_url: str
    """Image URL: string."""
    prompt: str
    """Prompt: string."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    resolution: WanV22A14BImageToVideoTurboInputResolution | Unset = UNSET
    """Resolution: one of "480p", "580p", "720p". Server default: "720p"."""
    aspect_ratio: WanV22A14BImageToVideoTurboInputAspectRatio | Unset = UNSET
    """Aspect Ratio: one of "auto", "16:9", "9:16", "1:1". Server default: "auto"."""
    enable_safety_checker: bool | Unset = UNSET
    """Enable Safety Checker: boolean. Server default: false."""
    enable_output_safety_checker: bool | Unset = UNSET
    """Enable Output Safety Checker: boolean. Server default: false."""
    enable_prompt_expansion: bool | Unset = UNSET
    """Enable Prompt Expansion: boolean. Server default: false."""
    acceleration: WanV22A14BImageToVideoTurboInputAcceleration | Unset = UNSET
    """Acceleration: one of "none", "regular". Server default: "regular"."""
    video_quality: WanV22A14BImageToVideoTurboInputVideoQuality | Unset = UNSET
    """Video Quality: one of "low", "medium", "high", "maximum". Server default: "high"."""
    video_write_mode: WanV22A14BImageToVideoTurboInputVideoWriteMode | Unset = UNSET
    """Video Write Mode: one of "fast", "balanced", "small". Server default: "balanced"."""
    end_image_url: str | Unset = UNSET
    """End Image URL: string."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        prompt = self.prompt

        seed = self.seed

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        enable_safety_checker = self.enable_safety_checker

        enable_output_safety_checker = self.enable_output_safety_checker

        enable_prompt_expansion = self.enable_prompt_expansion

        acceleration: str | Unset = UNSET
        if not isinstance(self.acceleration, Unset):
            acceleration = self.acceleration

        video_quality: str | Unset = UNSET
        if not isinstance(self.video_quality, Unset):
            video_quality = self.video_quality

        video_write_mode: str | Unset = UNSET
        if not isinstance(self.video_write_mode, Unset):
            video_write_mode = self.video_write_mode

        end_image_url = self.end_image_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
                "prompt": prompt,
            }
        )
        if seed is not UNSET:
            field_dict["seed"] = seed
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker
        if enable_output_safety_checker is not UNSET:
            field_dict["enable_output_safety_checker"] = enable_output_safety_checker
        if enable_prompt_expansion is not UNSET:
            field_dict["enable_prompt_expansion"] = enable_prompt_expansion
        if acceleration is not UNSET:
            field_dict["acceleration"] = acceleration
        if video_quality is not UNSET:
            field_dict["video_quality"] = video_quality
        if video_write_mode is not UNSET:
            field_dict["video_write_mode"] = video_write_mode
        if end_image_url is not UNSET:
            field_dict["end_image_url"] = end_image_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        prompt = d.pop("prompt")

        seed = d.pop("seed", UNSET)

        _resolution = d.pop("resolution", UNSET)
        resolution: WanV22A14BImageToVideoTurboInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_wan_v22a14b_image_to_video_turbo_input_resolution(_resolution)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: WanV22A14BImageToVideoTurboInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_wan_v22a14b_image_to_video_turbo_input_aspect_ratio(_aspect_ratio)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        enable_output_safety_checker = d.pop("enable_output_safety_checker", UNSET)

        enable_prompt_expansion = d.pop("enable_prompt_expansion", UNSET)

        _acceleration = d.pop("acceleration", UNSET)
        acceleration: WanV22A14BImageToVideoTurboInputAcceleration | Unset
        if isinstance(_acceleration, Unset):
            acceleration = UNSET
        else:
            acceleration = check_wan_v22a14b_image_to_video_turbo_input_acceleration(_acceleration)

        _video_quality = d.pop("video_quality", UNSET)
        video_quality: WanV22A14BImageToVideoTurboInputVideoQuality | Unset
        if isinstance(_video_quality, Unset):
            video_quality = UNSET
        else:
            video_quality = check_wan_v22a14b_image_to_video_turbo_input_video_quality(
                _video_quality
            )

        _video_write_mode = d.pop("video_write_mode", UNSET)
        video_write_mode: WanV22A14BImageToVideoTurboInputVideoWriteMode | Unset
        if isinstance(_video_write_mode, Unset):
            video_write_mode = UNSET
        else:
            video_write_mode = check_wan_v22a14b_image_to_video_turbo_input_video_write_mode(
                _video_write_mode
            )

        end_image_url = d.pop("end_image_url", UNSET)

        wan_v22a14b_image_to_video_turbo_input = cls(
            image_url=image_url,
            prompt=prompt,
            seed=seed,
            resolution=resolution,
            aspect_ratio=aspect_ratio,
            enable_safety_checker=enable_safety_checker,
            enable_output_safety_checker=enable_output_safety_checker,
            enable_prompt_expansion=enable_prompt_expansion,
            acceleration=acceleration,
            video_quality=video_quality,
            video_write_mode=video_write_mode,
            end_image_url=end_image_url,
        )

        return wan_v22a14b_image_to_video_turbo_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.wan_v2214b_animate_replace_input_resolution import (
    WanV2214BAnimateReplaceInputResolution,
    check_wan_v2214b_animate_replace_input_resolution,
)
from ..models.wan_v2214b_animate_replace_input_video_quality import (
    WanV2214BAnimateReplaceInputVideoQuality,
    check_wan_v2214b_animate_replace_input_video_quality,
)
from ..models.wan_v2214b_animate_replace_input_video_write_mode import (
    WanV2214BAnimateReplaceInputVideoWriteMode,
    check_wan_v2214b_animate_replace_input_video_write_mode,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .wan_v2214b_animate_replace_output import WanV2214BAnimateReplaceOutput  # noqa: F401


T = TypeVar("T", bound="WanV2214BAnimateReplaceInput")


@_attrs_define
class WanV2214BAnimateReplaceInput(
    FalInput["WanV2214BAnimateReplaceOutput"], endpoint="fal-ai/wan/v2.2-14b/animate/replace"
):
    """Input of `fal-ai/wan/v2.2-14b/animate/replace` (video-to-video)."""

    video_url: str
    """Video URL: string."""
    image_url: str
    """Image URL: string."""
    guidance_scale: float | Unset = UNSET
    """Guidance Scale: number, 1 to 10. Server default: 1."""
    resolution: WanV2214BAnimateReplaceInputResolution | Unset = UNSET
    """Resolution: one of "480p", "580p", "720p". Server default: "480p"."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    num_inference_steps: int | Unset = UNSET
    """Number of Inference Steps: integer, 2 to 40. Server default: 20."""
    enable_safety_checker: bool | Unset = UNSET
    """Enable Safety Checker: boolean. Server default: false."""
    enable_output_safety_checker: bool | Unset = UNSET
    """Enable Output Safety Checker: boolean. Server default: false."""
    shift: float | Unset = UNSET
    """Shift: number, 1 to 10. Server default: 5."""
    video_quality: WanV2214BAnimateReplaceInputVideoQuality | Unset = UNSET
    """Video Quality: one of "low", "medium", "high", "maximum". Server default: "high"."""
    video_write_mode: WanV2214BAnimateReplaceInputVideoWriteMode | Unset = UNSET
    """Video Write Mode: one of "fast", "balanced", "small". Server default: "balanced"."""
    return_frames_zip: bool | Unset = UNSET
    """Return Frames ZIP: boolean. Server default: false."""
    use_turbo: bool | Unset = UNSET
    """Use Turbo: boolean. Server default: false."""

    def to_dict(self) -> dict[str, Any]:
        video_url = self.video_url

        image_url = self.image_url

        guidance_scale = self.guidance_scale

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        seed = self.seed

        num_inference_steps = self.num_inference_steps

        enable_safety_checker = self.enable_safety_checker

        enable_output_safety_checker = self.enable_output_safety_checker

        shift = self.shift

        video_quality: str | Unset = UNSET
        if not isinstance(self.video_quality, Unset):
            video_quality = self.video_quality

        video_write_mode: str | Unset = UNSET
        if not isinstance(self.video_write_mode, Unset):
            video_write_mode = self.video_write_mode

        return_frames_zip = self.return_frames_zip

        use_turbo = self.use_turbo

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "video_url": video_url,
                "image_url": image_url,
            }
        )
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if seed is not UNSET:
            field_dict["seed"] = seed
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker
        if enable_output_safety_checker is not UNSET:
            field_dict["enable_output_safety_checker"] = enable_output_safety_checker
        if shift is not UNSET:
            field_dict["shift"] = shift
        if video_quality is not UNSET:
            field_dict["video_quality"] = video_quality
        if video_write_mode is not UNSET:
            field_dict["video_write_mode"] = video_write_mode
        if return_frames_zip is not UNSET:
            field_dict["return_frames_zip"] = return_frames_zip
        if use_turbo is not UNSET:
            field_dict["use_turbo"] = use_turbo

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        video_url = d.pop("video_url")

        image_url = d.pop("image_url")

        guidance_scale = d.pop("guidance_scale", UNSET)

        _resolution = d.pop("resolution", UNSET)
        resolution: WanV2214BAnimateReplaceInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_wan_v2214b_animate_replace_input_resolution(_resolution)

        seed = d.pop("seed", UNSET)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        enable_output_safety_checker = d.pop("enable_output_safety_checker", UNSET)

        shift = d.pop("shift", UNSET)

        _video_quality = d.pop("video_quality", UNSET)
        video_quality: WanV2214BAnimateReplaceInputVideoQuality | Unset
        if isinstance(_video_quality, Unset):
            video_quality = UNSET
        else:
            video_quality = check_wan_v2214b_animate_replace_input_video_quality(_video_quality)

        _video_write_mode = d.pop("video_write_mode", UNSET)
        video_write_mode: WanV2214BAnimateReplaceInputVideoWriteMode | Unset
        if isinstance(_video_write_mode, Unset):
            video_write_mode = UNSET
        else:
            video_write_mode = check_wan_v2214b_animate_replace_input_video_write_mode(
                _video_write_mode
            )

        return_frames_zip = d.pop("return_frames_zip", UNSET)

        use_turbo = d.pop("use_turbo", UNSET)

        wan_v2214b_animate_replace_input = cls(
            video_url=video_url,
            image_url=image_url,
            guidance_scale=guidance_scale,
            resolution=resolution,
            seed=seed,
            num_inference_steps=num_inference_steps,
            enable_safety_checker=enable_safety_checker,
            enable_output_safety_checker=enable_output_safety_checker,
            shift=shift,
            video_quality=video_quality,
            video_write_mode=video_write_mode,
            return_frames_zip=return_frames_zip,
            use_turbo=use_turbo,
        )

        return wan_v2214b_animate_replace_input

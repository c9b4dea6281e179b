from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.wan_v22a14b_image_to_video_input_acceleration import (
    WanV22A14BImageToVideoInputAcceleration,
    check_wan_v22a14b_image_to_video_input_acceleration,
)
from ..models.wan_v22a14b_image_to_video_input_aspect_ratio import (
    WanV22A14BImageToVideoInputAspectRatio,
    check_wan_v22a14b_image_to_video_input_aspect_ratio,
)
from ..models.wan_v22a14b_image_to_video_input_interpolator_model import (
    WanV22A14BImageToVideoInputInterpolatorModel,
    check_wan_v22a14b_image_to_video_input_interpolator_model,
)
from ..models.wan_v22a14b_image_to_video_input_resolution import (
    WanV22A14BImageToVideoInputResolution,
    check_wan_v22a14b_image_to_video_input_resolution,
)
from ..models.wan_v22a14b_image_to_video_input_video_quality import (
    WanV22A14BImageToVideoInputVideoQuality,
    check_wan_v22a14b_image_to_video_input_video_quality,
)
from ..models.wan_v22a14b_image_to_video_input_video_write_mode import (
    WanV22A14BImageToVideoInputVideoWriteMode,
    check_wan_v22a14b_image_to_video_input_video_write_mode,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .wan_v22a14b_image_to_video_output import WanV22A14BImageToVideoOutput  # noqa: F401


T = TypeVar("T", bound="WanV22A14BImageToVideoInput")


@_attrs_define
class WanV22A14BImageToVideoInput(
    FalInput["WanV22A14BImageToVideoOutput"], endpoint="fal-ai/wan/v2.2-a14b/image-to-video"
):
    """Input of `fal-ai/wan/v2.2-a14b/image-to-video` (image-to-video). fal no longer lists this endpoint."""

    image_url: str
    """Image URL: string."""
    prompt: str
    """Prompt: string."""
    num_frames: int | Unset = UNSET
    """Number of Frames: integer, 17 to 161. Server default: 81."""
    frames_per_second: int | Unset = UNSET
    """Frames per Second: integer, 4 to 60. Server default: 16."""
    negative_prompt: str | Unset = UNSET
    """Negative Prompt: string. Server default: ""."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    resolution: WanV22A14BImageToVideoInputResolution | Unset = UNSET
    """Resolution: one of "480p", "580p", "720p". Server default: "720p"."""
    aspect_ratio: WanV22A14BImageToVideoInputAspectRatio | Unset = UNSET
    """Aspect Ratio: one of "auto", "16:9", "9:16", "1:1". Server default: "auto"."""
    num_inference_steps: int | Unset = UNSET
    """Number of Inference Steps: integer, 2 to 40. Server default: 27."""
    enable_safety_checker: bool | Unset = UNSET
    """Enable Safety Checker: boolean. Server default: false."""
    enable_output_safety_checker: bool | Unset = UNSET
    """Enable Output Safety Checker: boolean. Server default: false."""
    enable_prompt_expansion: bool | Unset = UNSET
    """Enable Prompt Expansion: boolean. Server default: false."""
    acceleration: WanV22A14BImageToVideoInputAcceleration | Unset = UNSET
    """Acceleration: one of "none", "regular". Server default: "regular"."""
    guidance_scale: float | Unset = UNSET
    """Guidance Scale (1st Stage): number, 1 to 10. Server default: 3.5."""
    guidance_scale_2: float | Unset = UNSET
    """Guidance Scale (2nd Stage): number, 1 to 10. Server default: 3.5."""
    shift: float | Unset = UNSET
    """Shift: number, 1 to 10. Server default: 5."""
    interpolator_model: WanV22A14BImageToVideoInputInterpolatorModel | Unset = UNSET
    """Interpolator Model: one of "none", "film", "rife". Server default: "film"."""
    num_interpolated_frames: int | Unset = UNSET
    """Number of Interpolated Frames: integer, 0 to 4. Server default: 1."""
    adjust_fps_for_interpolation: bool | Unset = UNSET
    """Adjust FPS for Interpolation: boolean. Server default: true."""
    video_quality: WanV22A14BImageToVideoInputVideoQuality | Unset = UNSET
    """Video Quality: one of "low", "medium", "high", "maximum". Server default: "high"."""
    video_write_mode: WanV22A14BImageToVideoInputVideoWriteMode | Unset = UNSET
    """Video Write Mode: one of "fast", "balanced", "small". Server default: "balanced"."""
    end_image_url: str | Unset = UNSET
    """End Image URL: string."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        prompt = self.prompt

        num_frames = self.num_frames

        frames_per_second = self.frames_per_second

        negative_prompt = self.negative_prompt

        seed = self.seed

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        num_inference_steps = self.num_inference_steps

        enable_safety_checker = self.enable_safety_checker

        enable_output_safety_checker = self.enable_output_safety_checker

        enable_prompt_expansion = self.enable_prompt_expansion

        acceleration: str | Unset = UNSET
        if not isinstance(self.acceleration, Unset):
            acceleration = self.acceleration

        guidance_scale = self.guidance_scale

        guidance_scale_2 = self.guidance_scale_2

        shift = self.shift

        interpolator_model: str | Unset = UNSET
        if not isinstance(self.interpolator_model, Unset):
            interpolator_model = self.interpolator_model

        num_interpolated_frames = self.num_interpolated_frames

        adjust_fps_for_interpolation = self.adjust_fps_for_interpolation

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
        if num_frames is not UNSET:
            field_dict["num_frames"] = num_frames
        if frames_per_second is not UNSET:
            field_dict["frames_per_second"] = frames_per_second
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if seed is not UNSET:
            field_dict["seed"] = seed
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker
        if enable_output_safety_checker is not UNSET:
            field_dict["enable_output_safety_checker"] = enable_output_safety_checker
        if enable_prompt_expansion is not UNSET:
            field_dict["enable_prompt_expansion"] = enable_prompt_expansion
        if acceleration is not UNSET:
            field_dict["acceleration"] = acceleration
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if guidance_scale_2 is not UNSET:
            field_dict["guidance_scale_2"] = guidance_scale_2
        if shift is not UNSET:
            field_dict["shift"] = shift
        if interpolator_model is not UNSET:
            field_dict["interpolator_model"] = interpolator_model
        if num_interpolated_frames is not UNSET:
            field_dict["num_interpolated_frames"] = num_interpolated_frames
        if adjust_fps_for_interpolation is not UNSET:
            field_dict["adjust_fps_for_interpolation"] = adjust_fps_for_interpolation
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

        num_frames = d.pop("num_frames", UNSET)

        frames_per_second = d.pop("frames_per_second", UNSET)

        negative_prompt = d.pop("negative_prompt", UNSET)

        seed = d.pop("seed", UNSET)

        _resolution = d.pop("resolution", UNSET)
        resolution: WanV22A14BImageToVideoInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_wan_v22a14b_image_to_video_input_resolution(_resolution)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: WanV22A14BImageToVideoInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_wan_v22a14b_image_to_video_input_aspect_ratio(_aspect_ratio)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        enable_output_safety_checker = d.pop("enable_output_safety_checker", UNSET)

        enable_prompt_expansion = d.pop("enable_prompt_expansion", UNSET)

        _acceleration = d.pop("acceleration", UNSET)
        acceleration: WanV22A14BImageToVideoInputAcceleration | Unset
        if isinstance(_acceleration, Unset):
            acceleration = UNSET
        else:
            acceleration = check_wan_v22a14b_image_to_video_input_acceleration(_acceleration)

        guidance_scale = d.pop("guidance_scale", UNSET)

        guidance_scale_2 = d.pop("guidance_scale_2", UNSET)

        shift = d.pop("shift", UNSET)

        _interpolator_model = d.pop("interpolator_model", UNSET)
        interpolator_model: WanV22A14BImageToVideoInputInterpolatorModel | Unset
        if isinstance(_interpolator_model, Unset):
            interpolator_model = UNSET
        else:
            interpolator_model = check_wan_v22a14b_image_to_video_input_interpolator_model(
                _interpolator_model
            )

        num_interpolated_frames = d.pop("num_interpolated_frames", UNSET)

        adjust_fps_for_interpolation = d.pop("adjust_fps_for_interpolation", UNSET)

        _video_quality = d.pop("video_quality", UNSET)
        video_quality: WanV22A14BImageToVideoInputVideoQuality | Unset
        if isinstance(_video_quality, Unset):
            video_quality = UNSET
        else:
            video_quality = check_wan_v22a14b_image_to_video_input_video_quality(_video_quality)

        _video_write_mode = d.pop("video_write_mode", UNSET)
        video_write_mode: WanV22A14BImageToVideoInputVideoWriteMode | Unset
        if isinstance(_video_write_mode, Unset):
            video_write_mode = UNSET
        else:
            video_write_mode = check_wan_v22a14b_image_to_video_input_video_write_mode(
                _video_write_mode
            )

        end_image_url = d.pop("end_image_url", UNSET)

        wan_v22a14b_image_to_video_input = cls(
            image_url=image_url,
            prompt=prompt,
            num_frames=num_frames,
            frames_per_second=frames_per_second,
            negative_prompt=negative_prompt,
            seed=seed,
            resolution=resolution,
            aspect_ratio=aspect_ratio,
            num_inference_steps=num_inference_steps,
            enable_safety_checker=enable_safety_checker,
            enable_output_safety_checker=enable_output_safety_checker,
            enable_prompt_expansion=enable_prompt_expansion,
            acceleration=acceleration,
            guidance_scale=guidance_scale,
            guidance_scale_2=guidance_scale_2,
            shift=shift,
            interpolator_model=interpolator_model,
            num_interpolated_frames=num_interpolated_frames,
            adjust_fps_for_interpolation=adjust_fps_for_interpolation,
            video_quality=video_quality,
            video_write_mode=video_write_mode,
            end_image_url=end_image_url,
        )

        return wan_v22a14b_image_to_video_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.wan_v225b_text_to_video_distill_input_aspect_ratio import (
    WanV225BTextToVideoDistillInputAspectRatio,
    check_wan_v225b_text_to_video_distill_input_aspect_ratio,
)
from ..models.wan_v225b_text_to_video_distill_input_interpolator_model import (
    WanV225BTextToVideoDistillInputInterpolatorModel,
    check_wan_v225b_text_to_video_distill_input_interpolator_model,
)
from ..models.wan_v225b_text_to_video_distill_input_resolution import (
    WanV225BTextToVideoDistillInputResolution,
    check_wan_v225b_text_to_video_distill_input_resolution,
)
from ..models.wan_v225b_text_to_video_distill_input_video_quality import (
    WanV225BTextToVideoDistillInputVideoQuality,
    check_wan_v225b_text_to_video_distill_input_video_quality,
)
from ..models.wan_v225b_text_to_video_distill_input_video_write_mode import (
    WanV225BTextToVideoDistillInputVideoWriteMode,
    check_wan_v225b_text_to_video_distill_input_video_write_mode,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .wan_v225b_text_to_video_distill_output import WanV225BTextToVideoDistillOutput  # noqa: F401


T = TypeVar("T", bound="WanV225BTextToVideoDistillInput")


@_attrs_define
class WanV225BTextToVideoDistillInput(
    FalInput["WanV225BTextToVideoDistillOutput"],
    endpoint="fal-ai/wan/v2.2-5b/text-to-video/distill",
):
    """Input of `fal-ai/wan/v2.2-5b/text-to-video/distill` (text-to-video)."""

    prompt: str
    """Prompt: string."""
    num_frames: int | Unset = UNSET
    """Number of Frames: integer, 17 to 161. Server default: 81."""
    frames_per_second: int | Unset = UNSET
    """Frames per Second: integer, 4 to 60. Server default: 24."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    resolution: WanV225BTextToVideoDistillInputResolution | Unset = UNSET
    """Resolution: one of "580p", "720p". Server default: "720p"."""
    aspect_ratio: WanV225BTextToVideoDistillInputAspectRatio | Unset = UNSET
    """Aspect Ratio: one of "16:9", "9:16", "1:1". Server default: "16:9"."""
    num_inference_steps: int | Unset = UNSET
    """Number of Inference Steps: integer, 2 to 50. Server default: 40."""
    enable_safety_checker: bool | Unset = UNSET
    """Enable Safety Checker: boolean. Server default: false."""
    enable_output_safety_checker: bool | Unset = UNSET
    """Enable Output Safety Checker: boolean. Server default: false."""
    enable_prompt_expansion: bool | Unset = UNSET
    """Enable Prompt Expansion: boolean. Server default: false."""
    guidance_scale: float | Unset = UNSET
    """Guidance Scale (1st Stage): number, 1 to 10. Server default: 1."""
    shift: float | Unset = UNSET
    """Shift: number, 1 to 10. Server default: 5."""
    interpolator_model: WanV225BTextToVideoDistillInputInterpolatorModel | Unset = UNSET
    """Interpolator Model: one of "none", "film", "rife". Server default: "film"."""
    num_interpolated_frames: int | Unset = UNSET
    """Number of Interpolated Frames: integer, 0 to 4. Server default: 0."""
    adjust_fps_for_interpolation: bool | Unset = UNSET
    """Adjust FPS for Interpolation: boolean. Server default: true."""
    video_quality: WanV225BTextToVideoDistillInputVideoQuality | Unset = UNSET
    """Video Quality: one of "low", "medium", "high", "maximum". Server default: "high"."""
    video_write_mode: WanV225BTextToVideoDistillInputVideoWriteMode | Unset = UNSET
    """Video Write Mode: one of "fast", "balanced", "small". Server default: "balanced"."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        num_frames = self.num_frames

        frames_per_second = self.frames_per_second

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

        guidance_scale = self.guidance_scale

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

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if num_frames is not UNSET:
            field_dict["num_frames"] = num_frames
        if frames_per_second is not UNSET:
            field_dict["frames_per_second"] = frames_per_second
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
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        num_frames = d.pop("num_frames", UNSET)

        frames_per_second = d.pop("frames_per_second", UNSET)

        seed = d.pop("seed", UNSET)

        _resolution = d.pop("resolution", UNSET)
        resolution: WanV225BTextToVideoDistillInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_wan_v225b_text_to_video_distill_input_resolution(_resolution)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: WanV225BTextToVideoDistillInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_wan_v225b_text_to_video_distill_input_aspect_ratio(_aspect_ratio)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        enable_output_safety_checker = d.pop("enable_output_safety_checker", UNSET)

        enable_prompt_expansion = d.pop("enable_prompt_expansion", UNSET)

        guidance_scale = d.pop("guidance_scale", UNSET)

        shift = d.pop("shift", UNSET)

        _interpolator_model = d.pop("interpolator_model", UNSET)
        interpolator_model: WanV225BTextToVideoDistillInputInterpolatorModel | Unset
        if isinstance(_interpolator_model, Unset):
            interpolator_model = UNSET
        else:
            interpolator_model = check_wan_v225b_text_to_video_distill_input_interpolator_model(
                _interpolator_model
            )

        num_interpolated_frames = d.pop("num_interpolated_frames", UNSET)

        adjust_fps_for_interpolation = d.pop("adjust_fps_for_interpolation", UNSET)

        _video_quality = d.pop("video_quality", UNSET)
        video_quality: WanV225BTextToVideoDistillInputVideoQuality | Unset
        if isinstance(_video_quality, Unset):
            video_quality = UNSET
        else:
            video_quality = check_wan_v225b_text_to_video_distill_input_video_quality(
                _video_quality
            )

        _video_write_mode = d.pop("video_write_mode", UNSET)
        video_write_mode: WanV225BTextToVideoDistillInputVideoWriteMode | Unset
        if isinstance(_video_write_mode, Unset):
            video_write_mode = UNSET
        else:
            video_write_mode = check_wan_v225b_text_to_video_distill_input_video_write_mode(
                _video_write_mode
            )

        wan_v225b_text_to_video_distill_input = cls(
            prompt=prompt,
            num_frames=num_frames,
            frames_per_second=frames_per_second,
            seed=seed,
            resolution=resolution,
            aspect_ratio=aspect_ratio,
            num_inference_steps=num_inference_steps,
            enable_safety_checker=enable_safety_checker,
            enable_output_safety_checker=enable_output_safety_checker,
            enable_prompt_expansion=enable_prompt_expansion,
            guidance_scale=guidance_scale,
            shift=shift,
            interpolator_model=interpolator_model,
            num_interpolated_frames=num_interpolated_frames,
            adjust_fps_for_interpolation=adjust_fps_for_interpolation,
            video_quality=video_quality,
            video_write_mode=video_write_mode,
        )

        return wan_v225b_text_to_video_distill_input

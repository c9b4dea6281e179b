from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.wan_v22a14b_text_to_video_lora_input_acceleration import (
    WanV22A14BTextToVideoLoraInputAcceleration,
    check_wan_v22a14b_text_to_video_lora_input_acceleration,
)
from ..models.wan_v22a14b_text_to_video_lora_input_aspect_ratio import (
    WanV22A14BTextToVideoLoraInputAspectRatio,
    check_wan_v22a14b_text_to_video_lora_input_aspect_ratio,
)
from ..models.wan_v22a14b_text_to_video_lora_input_interpolator_model import (
    WanV22A14BTextToVideoLoraInputInterpolatorModel,
    check_wan_v22a14b_text_to_video_lora_input_interpolator_model,
)
from ..models.wan_v22a14b_text_to_video_lora_input_resolution import (
    WanV22A14BTextToVideoLoraInputResolution,
    check_wan_v22a14b_text_to_video_lora_input_resolution,
)
from ..models.wan_v22a14b_text_to_video_lora_input_video_quality import (
    WanV22A14BTextToVideoLoraInputVideoQuality,
    check_wan_v22a14b_text_to_video_lora_input_video_quality,
)
from ..models.wan_v22a14b_text_to_video_lora_input_video_write_mode import (
    WanV22A14BTextToVideoLoraInputVideoWriteMode,
    check_wan_v22a14b_text_to_video_lora_input_video_write_mode,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.lo_ra_weight_ve53469 import LoRAWeightVE53469
    from .wan_v22a14b_text_to_video_lora_output import WanV22A14BTextToVideoLoraOutput  # noqa: F401


T = TypeVar("T", bound="WanV22A14BTextToVideoLoraInput")


@_attrs_define
class WanV22A14BTextToVideoLoraInput(
    FalInput["WanV22A14BTextToVideoLoraOutput"], endpoint="fal-ai/wan/v2.2-a14b/text-to-video/lora"
):
    """Input of `fal-ai/wan/v2.2-a14b/text-to-video/lora` (text-to-video)."""

    prompt: str
    """Prompt: string."""
    negative_prompt: str | Unset = UNSET
    """Negative Prompt: string. Server default: ""."""
    num_frames: int | Unset = UNSET
    """Number of Frames: integer, 17 to 161. Server default: 81."""
    frames_per_second: int | Unset = UNSET
    """Frames per Second: integer, 4 to 60. Server default: 16."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    resolution: WanV22A14BTextToVideoLoraInputResolution | Unset = UNSET
    """Resolution: one of "480p", "580p", "720p". Server default: "720p"."""
    aspect_ratio: WanV22A14BTextToVideoLoraInputAspectRatio | Unset = UNSET
    """Aspect Ratio: one of "16:9", "9:16", "1:1". Server default: "16:9"."""
    num_inference_steps: int | Unset = UNSET
    """Number of Inference Steps: integer, 2 to 40. Server default: 27."""
    enable_safety_checker: bool | Unset = UNSET
    """Enable Safety Checker: boolean. Server default: false."""
    enable_output_safety_checker: bool | Unset = UNSET
    """Enable Output Safety Checker: boolean. Server default: false."""
    enable_prompt_expansion: bool | Unset = UNSET
    """Enable Prompt Expansion: boolean. Server default: false."""
    acceleration: WanV22A14BTextToVideoLoraInputAcceleration | Unset = UNSET
    """Acceleration: one of "none", "regular". Server default: "regular"."""
    guidance_scale: float | Unset = UNSET
    """Guidance Scale (1st Stage): number, 1 to 10. Server default: 3.5."""
    guidance_scale_2: float | Unset = UNSET
    """Guidance Scale (2nd Stage): number, 1 to 10. Server default: 4."""
    shift: float | Unset = UNSET
    """Shift: number, 1 to 10. Server default: 5."""
    interpolator_model: WanV22A14BTextToVideoLoraInputInterpolatorModel | Unset = UNSET
    """Interpolator Model: one of "none", "film", "rife". Server default: "film"."""
    num_interpolated_frames: int | Unset = UNSET
    """Number of Interpolated Frames: integer, 0 to 4. Server default: 1."""
    adjust_fps_for_interpolation: bool | Unset = UNSET
    """Adjust FPS for Interpolation: boolean. Server default: true."""
    video_quality: WanV22A14BTextToVideoLoraInputVideoQuality | Unset = UNSET
    """Video Quality: one of "low", "medium", "high", "maximum". Server default: "high"."""
    video_write_mode: WanV22A14BTextToVideoLoraInputVideoWriteMode | Unset = UNSET
    """Video Write Mode: one of "fast", "balanced", "small". Server default: "balanced"."""
    loras: list[LoRAWeightVE53469] | Unset = UNSET
    """Loras: list of LoRAWeightVE53469. Server default: []."""
    reverse_video: bool | Unset = UNSET
    """Reverse Video: boolean. Server default: false."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        negative_prompt = self.negative_prompt

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

        loras: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.loras, Unset):
            loras = []
            for loras_item_data in self.loras:
                loras_item = loras_item_data.to_dict()
                loras.append(loras_item)

        reverse_video = self.reverse_video

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
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
        if loras is not UNSET:
            field_dict["loras"] = loras
        if reverse_video is not UNSET:
            field_dict["reverse_video"] = reverse_video

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.lo_ra_weight_ve53469 import LoRAWeightVE53469  # noqa: PLC0415

        d = dict(src_dict)
        prompt = d.pop("prompt")

        negative_prompt = d.pop("negative_prompt", UNSET)

        num_frames = d.pop("num_frames", UNSET)

        frames_per_second = d.pop("frames_per_second", UNSET)

        seed = d.pop("seed", UNSET)

        _resolution = d.pop("resolution", UNSET)
        resolution: WanV22A14BTextToVideoLoraInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_wan_v22a14b_text_to_video_lora_input_resolution(_resolution)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: WanV22A14BTextToVideoLoraInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_wan_v22a14b_text_to_video_lora_input_aspect_ratio(_aspect_ratio)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        enable_output_safety_checker = d.pop("enable_output_safety_checker", UNSET)

        enable_prompt_expansion = d.pop("enable_prompt_expansion", UNSET)

        _acceleration = d.pop("acceleration", UNSET)
        acceleration: WanV22A14BTextToVideoLoraInputAcceleration | Unset
        if isinstance(_acceleration, Unset):
            acceleration = UNSET
        else:
            acceleration = check_wan_v22a14b_text_to_video_lora_input_acceleration(_acceleration)

        guidance_scale = d.pop("guidance_scale", UNSET)

        guidance_scale_2 = d.pop("guidance_scale_2", UNSET)

        shift = d.pop("shift", UNSET)

        _interpolator_model = d.pop("interpolator_model", UNSET)
        interpolator_model: WanV22A14BTextToVideoLoraInputInterpolatorModel | Unset
        if isinstance(_interpolator_model, Unset):
            interpolator_model = UNSET
        else:
            interpolator_model = check_wan_v22a14b_text_to_video_lora_input_interpolator_model(
                _interpolator_model
            )

        num_interpolated_frames = d.pop("num_interpolated_frames", UNSET)

        adjust_fps_for_interpolation = d.pop("adjust_fps_for_interpolation", UNSET)

        _video_quality = d.pop("video_quality", UNSET)
        video_quality: WanV22A14BTextToVideoLoraInputVideoQuality | Unset
        if isinstance(_video_quality, Unset):
            video_quality = UNSET
        else:
            video_quality = check_wan_v22a14b_text_to_video_lora_input_video_quality(_video_quality)

        _video_write_mode = d.pop("video_write_mode", UNSET)
        video_write_mode: WanV22A14BTextToVideoLoraInputVideoWriteMode | Unset
        if isinstance(_video_write_mode, Unset):
            video_write_mode = UNSET
        else:
            video_write_mode = check_wan_v22a14b_text_to_video_lora_input_video_write_mode(
                _video_write_mode
            )

        _loras = d.pop("loras", UNSET)
        loras: list[LoRAWeightVE53469] | Unset = UNSET
        if _loras is not UNSET:
            loras = []
            for loras_item_data in _loras:
                loras_item = LoRAWeightVE53469.from_dict(loras_item_data)

                loras.append(loras_item)

        reverse_video = d.pop("reverse_video", UNSET)

        wan_v22a14b_text_to_video_lora_input = cls(
            prompt=prompt,
            negative_prompt=negative_prompt,
            num_frames=num_frames,
            frames_per_second=frames_per_second,
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
            loras=loras,
            reverse_video=reverse_video,
        )

        return wan_v22a14b_text_to_video_lora_input

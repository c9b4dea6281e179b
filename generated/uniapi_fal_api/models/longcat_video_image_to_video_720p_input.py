from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.longcat_video_image_to_video_720p_input_acceleration import (
    LongcatVideoImageToVideo720PInputAcceleration,
    check_longcat_video_image_to_video_720p_input_acceleration,
)
from ..models.longcat_video_image_to_video_720p_input_video_output_type import (
    LongcatVideoImageToVideo720PInputVideoOutputType,
    check_longcat_video_image_to_video_720p_input_video_output_type,
)
from ..models.longcat_video_image_to_video_720p_input_video_quality import (
    LongcatVideoImageToVideo720PInputVideoQuality,
    check_longcat_video_image_to_video_720p_input_video_quality,
)
from ..models.longcat_video_image_to_video_720p_input_video_write_mode import (
    LongcatVideoImageToVideo720PInputVideoWriteMode,
    check_longcat_video_image_to_video_720p_input_video_write_mode,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .longcat_video_image_to_video_720p_output import (
        LongcatVideoImageToVideo720POutput,  # noqa: F401
    )


T = TypeVar("T", bound="LongcatVideoImageToVideo720PInput")


@_attrs_define
class LongcatVideoImageToVideo720PInput(
    FalInput["LongcatVideoImageToVideo720POutput"],
    endpoint="fal-ai/longcat-video/image-to-video/720p",
):
    """Input of `fal-ai/longcat-video/image-to-video/720p` (image-to-video)."""

    image_url: str
    """Image URL: string."""
    prompt: str | Unset = UNSET
    """Prompt: string. Server default: "First-person view from the cockpit of a Formula 1 car. The
    driver's gloved hands firmly grip the intricate, carbon-fiber steering wheel adorned with
    numerous colorful buttons and a vibrant digital display showing race data. Beyond the
    windshield, a sun-drenched racetrack stretches ahead, lined with cheering spectators in the
    grandstands. Several rival cars are visible in the distance, creating a dynamic sense of
    competition. The sky above is a clear, brilliant blue, reflecting the exhilarating
    atmosphere of a high-speed race. high resolution 4k"."""
    negative_prompt: str | Unset = UNSET
    """Negative Prompt: string. Server default: "Bright tones, overexposed, static, blurred
    details, subtitles, style, works, paintings, images, static, overall gray, worst quality,
    low quality, JPEG compression residue, ugly, incomplete, extra fingers, poorly drawn hands,
    poorly drawn faces, deformed, disfigured, misshapen limbs, fused fingers, still picture,
    messy background, three legs, many people in the background, walking backwards"."""
    num_frames: int | Unset = UNSET
    """Number of Frames: integer, 17 to 961. Server default: 162."""
    num_inference_steps: int | Unset = UNSET
    """Number of Inference Steps: integer, 8 to 50. Server default: 40."""
    num_refine_inference_steps: int | Unset = UNSET
    """Number of Refinement Inference Steps: integer, 8 to 50. Server default: 40."""
    guidance_scale: float | Unset = UNSET
    """Guidance Scale: number, 1 to 10. Server default: 4."""
    fps: int | Unset = UNSET
    """FPS: integer, 1 to 60. Server default: 30."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    enable_prompt_expansion: bool | Unset = UNSET
    """Enable Prompt Expansion: boolean. Server default: false."""
    enable_safety_checker: bool | Unset = UNSET
    """Enable Safety Checker: boolean. Server default: true."""
    video_output_type: LongcatVideoImageToVideo720PInputVideoOutputType | Unset = UNSET
    """Video Output Type: one of "X264 (.mp4)", "VP9 (.webm)", "PRORES4444 (.mov)", "GIF (.gif)".
    Server default: "X264 (.mp4)"."""
    video_quality: LongcatVideoImageToVideo720PInputVideoQuality | Unset = UNSET
    """Video Quality: one of "low", "medium", "high", "maximum". Server default: "high"."""
    video_write_mode: LongcatVideoImageToVideo720PInputVideoWriteMode | Unset = UNSET
    """Video Write Mode: one of "fast", "balanced", "small". Server default: "balanced"."""
    sync_mode: bool | Unset = UNSET
    """Sync Mode: boolean. Server default: false."""
    acceleration: LongcatVideoImageToVideo720PInputAcceleration | Unset = UNSET
    """Acceleration: one of "none", "regular". Server default: "regular"."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        prompt = self.prompt

        negative_prompt = self.negative_prompt

        num_frames = self.num_frames

        num_inference_steps = self.num_inference_steps

        num_refine_inference_steps = self.num_refine_inference_steps

        guidance_scale = self.guidance_scale

        fps = self.fps

        seed = self.seed

        enable_prompt_expansion = self.enable_prompt_expansion

        enable_safety_checker = self.enable_safety_checker

        video_output_type: str | Unset = UNSET
        if not isinstance(self.video_output_type, Unset):
            video_output_type = self.video_output_type

        video_quality: str | Unset = UNSET
        if not isinstance(self.video_quality, Unset):
            video_quality = self.video_quality

        video_write_mode: str | Unset = UNSET
        if not isinstance(self.video_write_mode, Unset):
            video_write_mode = self.video_write_mode

        sync_mode = self.sync_mode

        acceleration: str | Unset = UNSET
        if not isinstance(self.acceleration, Unset):
            acceleration = self.acceleration

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
            }
        )
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if num_frames is not UNSET:
            field_dict["num_frames"] = num_frames
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if num_refine_inference_steps is not UNSET:
            field_dict["num_refine_inference_steps"] = num_refine_inference_steps
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if fps is not UNSET:
            field_dict["fps"] = fps
        if seed is not UNSET:
            field_dict["seed"] = seed
        if enable_prompt_expansion is not UNSET:
            field_dict["enable_prompt_expansion"] = enable_prompt_expansion
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker
        if video_output_type is not UNSET:
            field_dict["video_output_type"] = video_output_type
        if video_quality is not UNSET:
            field_dict["video_quality"] = video_quality
        if video_write_mode is not UNSET:
            field_dict["video_write_mode"] = video_write_mode
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode
        if acceleration is not UNSET:
            field_dict["acceleration"] = acceleration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        prompt = d.pop("prompt", UNSET)

        negative_prompt = d.pop("negative_prompt", UNSET)

        num_frames = d.pop("num_frames", UNSET)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        num_refine_inference_steps = d.pop("num_refine_inference_steps", UNSET)

        guidance_scale = d.pop("guidance_scale", UNSET)

        fps = d.pop("fps", UNSET)

        seed = d.pop("seed", UNSET)

        enable_prompt_expansion = d.pop("enable_prompt_expansion", UNSET)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        _video_output_type = d.pop("video_output_type", UNSET)
        video_output_type: LongcatVideoImageToVideo720PInputVideoOutputType | Unset
        if isinstance(_video_output_type, Unset):
            video_output_type = UNSET
        else:
            video_output_type = check_longcat_video_image_to_video_720p_input_video_output_type(
                _video_output_type
            )

        _video_quality = d.pop("video_quality", UNSET)
        video_quality: LongcatVideoImageToVideo720PInputVideoQuality | Unset
        if isinstance(_video_quality, Unset):
            video_quality = UNSET
        else:
            video_quality = check_longcat_video_image_to_video_720p_input_video_quality(
                _video_quality
            )

        _video_write_mode = d.pop("video_write_mode", UNSET)
        video_write_mode: LongcatVideoImageToVideo720PInputVideoWriteMode | Unset
        if isinstance(_video_write_mode, Unset):
            video_write_mode = UNSET
        else:
            video_write_mode = check_longcat_video_image_to_video_720p_input_video_write_mode(
                _video_write_mode
            )

        sync_mode = d.pop("sync_mode", UNSET)

        _acceleration = d.pop("acceleration", UNSET)
        acceleration: LongcatVideoImageToVideo720PInputAcceleration | Unset
        if isinstance(_acceleration, Unset):
            acceleration = UNSET
        else:
            acceleration = check_longcat_video_image_to_video_720p_input_acceleration(_acceleration)

        longcat_video_image_to_video_720p_input = cls(
            image_url=image_url,
            prompt=prompt,
            negative_prompt=negative_prompt,
            num_frames=num_frames,
            num_inference_steps=num_inference_steps,
            num_refine_inference_steps=num_refine_inference_steps,
            guidance_scale=guidance_scale,
            fps=fps,
            seed=seed,
            enable_prompt_expansion=enable_prompt_expansion,
            enable_safety_checker=enable_safety_checker,
            video_output_type=video_output_type,
            video_quality=video_quality,
            video_write_mode=video_write_mode,
            sync_mode=sync_mode,
            acceleration=acceleration,
        )

        return longcat_video_image_to_video_720p_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.steady_dancer_input_acceleration import (
    SteadyDancerInputAcceleration,
    check_steady_dancer_input_acceleration,
)
from ..models.steady_dancer_input_aspect_ratio import (
    SteadyDancerInputAspectRatio,
    check_steady_dancer_input_aspect_ratio,
)
from ..models.steady_dancer_input_resolution import (
    SteadyDancerInputResolution,
    check_steady_dancer_input_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .steady_dancer_output import SteadyDancerOutput  # noqa: F401


T = TypeVar("T", bound="SteadyDancerInput")


@_attrs_define
class SteadyDancerInput(FalInput["SteadyDancerOutput"], endpoint="fal-ai/steady-dancer"):
    """Input of `fal-ai/steady-dancer` (video-to-video). fal no longer lists this endpoint."""

    image_url: str | Unset = UNSET
    """Image Url: string. Server default:
    "https://v3b.fal.media/files/b/0a85edaa/GDUCMPrdvOMcI5JpEcU7f.png"."""
    video_url: str | Unset = UNSET
    """Video Url: string. Server default:
    "https://v3b.fal.media/files/b/0a84de68/jXDWywjhagRfR-GuZjoRs_video.mp4"."""
    prompt: str | Unset = UNSET
    """Prompt: string. Server default: "A person dancing with smooth and natural movements."."""
    negative_prompt: str | Unset = UNSET
    """Negative Prompt: string. Server default: "blurred, distorted face, bad anatomy, extra limbs,
    poorly drawn hands, poorly drawn feet, disfigured, out of frame, duplicate, watermark,
    signature, text"."""
    frames_per_second: int | Unset = UNSET
    """Frames Per Second: integer, 5 to 24."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    resolution: SteadyDancerInputResolution | Unset = UNSET
    """Resolution: one of "480p", "576p", "720p". Server default: "576p"."""
    num_inference_steps: int | Unset = UNSET
    """Num Inference Steps: integer, 4 to 50. Server default: 6."""
    guidance_scale: float | Unset = UNSET
    """Guidance Scale: number, 1 to 6. Server default: 1."""
    pose_guidance_scale: float | Unset = UNSET
    """Pose Guidance Scale: number, 0.5 to 3. Server default: 1."""
    shift: float | Unset = UNSET
    """Shift: number, 1 to 10. Server default: 5."""
    pose_guidance_start: float | Unset = UNSET
    """Pose Guidance Start: number, 0 to 0.5. Server default: 0.1."""
    pose_guidance_end: float | Unset = UNSET
    """Pose Guidance End: number, 0.2 to 1. Server default: 0.4."""
    acceleration: SteadyDancerInputAcceleration | Unset = UNSET
    """Acceleration: one of "light", "moderate", "aggressive". Server default: "aggressive"."""
    enable_safety_checker: bool | Unset = UNSET
    """Enable Safety Checker: boolean. Server default: false."""
    aspect_ratio: SteadyDancerInputAspectRatio | Unset = UNSET
    """Aspect Ratio: one of "auto", "16:9", "9:16", "1:1". Server default: "auto"."""
    num_frames: int | Unset = UNSET
    """Num Frames: integer, 5 to 241."""
    preserve_audio: bool | Unset = UNSET
    """Preserve Audio: boolean. Server default: true."""
    use_turbo: bool | Unset = UNSET
    """Use Turbo: boolean. Server default: false."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        video_url = self.video_url

        prompt = self.prompt

        negative_prompt = self.negative_prompt

        frames_per_second = self.frames_per_second

        seed = self.seed

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        num_inference_steps = self.num_inference_steps

        guidance_scale = self.guidance_scale

        pose_guidance_scale = self.pose_guidance_scale

        shift = self.shift

        pose_guidance_start = self.pose_guidance_start

        pose_guidance_end = self.pose_guidance_end

        acceleration: str | Unset = UNSET
        if not isinstance(self.acceleration, Unset):
            acceleration = self.acceleration

        enable_safety_checker = self.enable_safety_checker

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        num_frames = self.num_frames

        preserve_audio = self.preserve_audio

        use_turbo = self.use_turbo

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if video_url is not UNSET:
            field_dict["video_url"] = video_url
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if frames_per_second is not UNSET:
            field_dict["frames_per_second"] = frames_per_second
        if seed is not UNSET:
            field_dict["seed"] = seed
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if pose_guidance_scale is not UNSET:
            field_dict["pose_guidance_scale"] = pose_guidance_scale
        if shift is not UNSET:
            field_dict["shift"] = shift
        if pose_guidance_start is not UNSET:
            field_dict["pose_guidance_start"] = pose_guidance_start
        if pose_guidance_end is not UNSET:
            field_dict["pose_guidance_end"] = pose_guidance_end
        if acceleration is not UNSET:
            field_dict["acceleration"] = acceleration
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if num_frames is not UNSET:
            field_dict["num_frames"] = num_frames
        if preserve_audio is not UNSET:
            field_dict["preserve_audio"] = preserve_audio
        if use_turbo is not UNSET:
            field_dict["use_turbo"] = use_turbo

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url", UNSET)

        video_url = d.pop("video_url", UNSET)

        prompt = d.pop("prompt", UNSET)

        negative_prompt = d.pop("negative_prompt", UNSET)

        frames_per_second = d.pop("frames_per_second", UNSET)

        seed = d.pop("seed", UNSET)

        _resolution = d.pop("resolution", UNSET)
        resolution: SteadyDancerInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_steady_dancer_input_resolution(_resolution)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        guidance_scale = d.pop("guidance_scale", UNSET)

        pose_guidance_scale = d.pop("pose_guidance_scale", UNSET)

        shift = d.pop("shift", UNSET)

        pose_guidance_start = d.pop("pose_guidance_start", UNSET)

        pose_guidance_end = d.pop("pose_guidance_end", UNSET)

        _acceleration = d.pop("acceleration", UNSET)
        acceleration: SteadyDancerInputAcceleration | Unset
        if isinstance(_acceleration, Unset):
            acceleration = UNSET
        else:
            acceleration = check_steady_dancer_input_acceleration(_acceleration)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: SteadyDancerInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_steady_dancer_input_aspect_ratio(_aspect_ratio)

        num_frames = d.pop("num_frames", UNSET)

        preserve_audio = d.pop("preserve_audio", UNSET)

        use_turbo = d.pop("use_turbo", UNSET)

        steady_dancer_input = cls(
            image_url=image_url,
            video_url=video_url,
            prompt=prompt,
            negative_prompt=negative_prompt,
            frames_per_second=frames_per_second,
            seed=seed,
            resolution=resolution,
            num_inference_steps=num_inference_steps,
            guidance_scale=guidance_scale,
            pose_guidance_scale=pose_guidance_scale,
            shift=shift,
            pose_guidance_start=pose_guidance_start,
            pose_guidance_end=pose_guidance_end,
            acceleration=acceleration,
            enable_safety_checker=enable_safety_checker,
            aspect_ratio=aspect_ratio,
            num_frames=num_frames,
            preserve_audio=preserve_audio,
            use_turbo=use_turbo,
        )

        return steady_dancer_input

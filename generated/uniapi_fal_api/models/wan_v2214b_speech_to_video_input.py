from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.wan_v2214b_speech_to_video_input_resolution import (
    WanV2214BSpeechToVideoInputResolution,
    check_wan_v2214b_speech_to_video_input_resolution,
)
from ..models.wan_v2214b_speech_to_video_input_video_quality import (
    WanV2214BSpeechToVideoInputVideoQuality,
    check_wan_v2214b_speech_to_video_input_video_quality,
)
from ..models.wan_v2214b_speech_to_video_input_video_write_mode import (
    WanV2214BSpeechToVideoInputVideoWriteMode,
    check_wan_v2214b_speech_to_video_input_video_write_mode,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .wan_v2214b_speech_to_video_output import WanV2214BSpeechToVideoOutput  # noqa: F401


T = TypeVar("T", bound="WanV2214BSpeechToVideoInput")


@_attrs_define
class WanV2214BSpeechToVideoInput(
    FalInput["WanV2214BSpeechToVideoOutput"], endpoint="fal-ai/wan/v2.2-14b/speech-to-video"
):
    """Input of `fal-ai/wan/v2.2-14b/speech-to-video` (audio-to-video)."""

    prompt: str
    """Prompt: string."""
    image_url: str
    """Image URL: string."""
    audio_url: str
    """Audio URL: string."""
    negative_prompt: str | Unset = UNSET
    """Negative Prompt: string. Server default: ""."""
    num_frames: int | Unset = UNSET
    """Number of Frames: integer, 40 to 120, a multiple of 4. Server default: 80."""
    frames_per_second: int | Unset = UNSET
    """Frames per Second: integer, 4 to 60. Server default: 16."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    resolution: WanV2214BSpeechToVideoInputResolution | Unset = UNSET
    """Resolution: one of "480p", "580p", "720p". Server default: "480p"."""
    num_inference_steps: int | Unset = UNSET
    """Number of Inference Steps: integer, 2 to 40. Server default: 27."""
    enable_safety_checker: bool | Unset = UNSET
    """Enable Safety Checker: boolean. Server default: false."""
    enable_output_safety_checker: bool | Unset = UNSET
    """Enable Output Safety Checker: boolean. Server default: false."""
    guidance_scale: float | Unset = UNSET
    """Guidance Scale: number, 1 to 10. Server default: 3.5."""
    shift: float | Unset = UNSET
    """Shift: number, 1 to 10. Server default: 5."""
    video_quality: WanV2214BSpeechToVideoInputVideoQuality | Unset = UNSET
    """Video Quality: one of "low", "medium", "high", "maximum". Server default: "high"."""
    video_write_mode: WanV2214BSpeechToVideoInputVideoWriteMode | Unset = UNSET
    """Video Write Mode: one of "fast", "balanced", "small". Server default: "balanced"."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        image_url = self.image_url

        audio_url = self.audio_url

        negative_prompt = self.negative_prompt

        num_frames = self.num_frames

        frames_per_second = self.frames_per_second

        seed = self.seed

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        num_inference_steps = self.num_inference_steps

        enable_safety_checker = self.enable_safety_checker

        enable_output_safety_checker = self.enable_output_safety_checker

        guidance_scale = self.guidance_scale

        shift = self.shift

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
                "image_url": image_url,
                "audio_url": audio_url,
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
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker
        if enable_output_safety_checker is not UNSET:
            field_dict["enable_output_safety_checker"] = enable_output_safety_checker
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if shift is not UNSET:
            field_dict["shift"] = shift
        if video_quality is not UNSET:
            field_dict["video_quality"] = video_quality
        if video_write_mode is not UNSET:
            field_dict["video_write_mode"] = video_write_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        image_url = d.pop("image_url")

        audio_url = d.pop("audio_url")

        negative_prompt = d.pop("negative_prompt", UNSET)

        num_frames = d.pop("num_frames", UNSET)

        frames_per_second = d.pop("frames_per_second", UNSET)

        seed = d.pop("seed", UNSET)

        _resolution = d.pop("resolution", UNSET)
        resolution: WanV2214BSpeechToVideoInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_wan_v2214b_speech_to_video_input_resolution(_resolution)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        enable_output_safety_checker = d.pop("enable_output_safety_checker", UNSET)

        guidance_scale = d.pop("guidance_scale", UNSET)

        shift = d.pop("shift", UNSET)

        _video_quality = d.pop("video_quality", UNSET)
        video_quality: WanV2214BSpeechToVideoInputVideoQuality | Unset
        if isinstance(_video_quality, Unset):
            video_quality = UNSET
        else:
            video_quality = check_wan_v2214b_speech_to_video_input_video_quality(_video_quality)

        _video_write_mode = d.pop("video_write_mode", UNSET)
        video_write_mode: WanV2214BSpeechToVideoInputVideoWriteMode | Unset
        if isinstance(_video_write_mode, Unset):
            video_write_mode = UNSET
        else:
            video_write_mode = check_wan_v2214b_speech_to_video_input_video_write_mode(
                _video_write_mode
            )

        wan_v2214b_speech_to_video_input = cls(
            prompt=prompt,
            image_url=image_url,
            audio_url=audio_url,
            negative_prompt=negative_prompt,
            num_frames=num_frames,
            frames_per_second=frames_per_second,
            seed=seed,
            resolution=resolution,
            num_inference_steps=num_inference_steps,
            enable_safety_checker=enable_safety_checker,
            enable_output_safety_checker=enable_output_safety_checker,
            guidance_scale=guidance_scale,
            shift=shift,
            video_quality=video_quality,
            video_write_mode=video_write_mode,
        )

        return wan_v2214b_speech_to_video_input

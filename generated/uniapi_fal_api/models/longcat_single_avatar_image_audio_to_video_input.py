from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.longcat_single_avatar_image_audio_to_video_input_resolution import (
    LongcatSingleAvatarImageAudioToVideoInputResolution,
    check_longcat_single_avatar_image_audio_to_video_input_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .longcat_single_avatar_image_audio_to_video_output import (
        LongcatSingleAvatarImageAudioToVideoOutput,  # noqa: F401
    )


T = TypeVar("T", bound="LongcatSingleAvatarImageAudioToVideoInput")


@_attrs_define
class LongcatSingleAvatarImageAudioToVideoInput(
    FalInput["LongcatSingleAvatarImageAudioToVideoOutput"],
    endpoint="fal-ai/longcat-single-avatar/image-audio-to-video",
):
    """Input of `fal-ai/longcat-single-avatar/image-audio-to-video` (audio-to-video)."""

    image_url: str
    """Image URL: string."""
    audio_url: str
    """Audio URL: string."""
    prompt: str
    """Prompt: string."""
    negative_prompt: str | Unset = UNSET
    """Negative Prompt: string. Server default: "Close-up, Bright tones, overexposed, static,
    blurred details, subtitles, style, works, paintings, images, static, overall gray, worst
    quality, low quality, JPEG compression residue, ugly, incomplete, extra fingers, poorly
    drawn hands, poorly drawn faces, deformed, disfigured, misshapen limbs, fused fingers, still
    picture, messy background, three legs, many people in the background, walking backwards"."""
    num_inference_steps: int | Unset = UNSET
    """Number of Inference Steps: integer, 10 to 100. Server default: 30."""
    text_guidance_scale: float | Unset = UNSET
    """Text Guidance Scale: number, 1 to 10. Server default: 4."""
    audio_guidance_scale: float | Unset = UNSET
    """Audio Guidance Scale: number, 1 to 10. Server default: 4."""
    resolution: LongcatSingleAvatarImageAudioToVideoInputResolution | Unset = UNSET
    """Resolution: one of "480p", "720p". Server default: "480p"."""
    num_segments: int | Unset = UNSET
    """Number of Segments: integer, 1 to 10. Server default: 1."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    enable_safety_checker: bool | Unset = UNSET
    """Enable Safety Checker: boolean. Server default: true."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        audio_url = self.audio_url

        prompt = self.prompt

        negative_prompt = self.negative_prompt

        num_inference_steps = self.num_inference_steps

        text_guidance_scale = self.text_guidance_scale

        audio_guidance_scale = self.audio_guidance_scale

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        num_segments = self.num_segments

        seed = self.seed

        enable_safety_checker = self.enable_safety_checker

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
                "audio_url": audio_url,
                "prompt": prompt,
            }
        )
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if text_guidance_scale is not UNSET:
            field_dict["text_guidance_scale"] = text_guidance_scale
        if audio_guidance_scale is not UNSET:
            field_dict["audio_guidance_scale"] = audio_guidance_scale
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if num_segments is not UNSET:
            field_dict["num_segments"] = num_segments
        if seed is not UNSET:
            field_dict["seed"] = seed
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        audio_url = d.pop("audio_url")

        prompt = d.pop("prompt")

        negative_prompt = d.pop("negative_prompt", UNSET)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        text_guidance_scale = d.pop("text_guidance_scale", UNSET)

        audio_guidance_scale = d.pop("audio_guidance_scale", UNSET)

        _resolution = d.pop("resolution", UNSET)
        resolution: LongcatSingleAvatarImageAudioToVideoInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_longcat_single_avatar_image_audio_to_video_input_resolution(
                _resolution
            )

        num_segments = d.pop("num_segments", UNSET)

        seed = d.pop("seed", UNSET)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        longcat_single_avatar_image_audio_to_video_input = cls(
            image_url=image_url,
            audio_url=audio_url,
            prompt=prompt,
            negative_prompt=negative_prompt,
            num_inference_steps=num_inference_steps,
            text_guidance_scale=text_guidance_scale,
            audio_guidance_scale=audio_guidance_scale,
            resolution=resolution,
            num_segments=num_segments,
            seed=seed,
            enable_safety_checker=enable_safety_checker,
        )

        return longcat_single_avatar_image_audio_to_video_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.longcat_multi_avatar_image_audio_to_video_input_audio_type import (
    LongcatMultiAvatarImageAudioToVideoInputAudioType,
    check_longcat_multi_avatar_image_audio_to_video_input_audio_type,
)
from ..models.longcat_multi_avatar_image_audio_to_video_input_resolution import (
    LongcatMultiAvatarImageAudioToVideoInputResolution,
    check_longcat_multi_avatar_image_audio_to_video_input_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bounding_box import BoundingBox
    from .longcat_multi_avatar_image_audio_to_video_output import (
        LongcatMultiAvatarImageAudioToVideoOutput,  # noqa: F401
    )


T = TypeVar("T", bound="LongcatMultiAvatarImageAudioToVideoInput")


@_attrs_define
class LongcatMultiAvatarImageAudioToVideoInput(
    FalInput["LongcatMultiAvatarImageAudioToVideoOutput"],
    endpoint="fal-ai/longcat-multi-avatar/image-audio-to-video",
):
    """Input of `fal-ai/longcat-multi-avatar/image-audio-to-video` (audio-to-video). fal no longer lists this endpoint."""

    image_url: str
    """Image URL: string."""
    audio_url_person1: str | Unset = UNSET
    """Audio URL Person 1: string. Server default:
    "https://raw.githubusercontent.com/meituan-longcat/LongCat-Video/refs/heads/main/assets/avatar/multi/sing_man.WAV"."""
    audio_url_person2: str | Unset = UNSET
    """Audio URL Person 2: string. Server default:
    "https://raw.githubusercontent.com/meituan-longcat/LongCat-Video/refs/heads/main/assets/avatar/multi/sing_woman.WAV"."""
    prompt: str | Unset = UNSET
    """Prompt: string. Server default: "Two people are having a conversation with natural
    expressions and movements."."""
    negative_prompt: str | Unset = UNSET
    """Negative Prompt: string. Server default: "Close-up, Bright tones, overexposed, static,
    blurred details, subtitles, style, works, paintings, images, static, overall gray, worst
    quality, low quality, JPEG compression residue, ugly, incomplete, extra fingers, poorly
    drawn hands, poorly drawn faces, deformed, disfigured, misshapen limbs, fused fingers, still
    picture, messy background, three legs, many people in the background, walking backwards"."""
    bbox_person1: BoundingBox | Unset = UNSET
    """Bbox Person1: BoundingBox."""
    bbox_person2: BoundingBox | Unset = UNSET
    """Bbox Person2: BoundingBox."""
    audio_type: LongcatMultiAvatarImageAudioToVideoInputAudioType | Unset = UNSET
    """Audio Type: one of "para", "add". Server default: "para"."""
    num_inference_steps: int | Unset = UNSET
    """Number of Inference Steps: integer, 10 to 100. Server default: 30."""
    text_guidance_scale: float | Unset = UNSET
    """Text Guidance Scale: number, 1 to 10. Server default: 4."""
    audio_guidance_scale: float | Unset = UNSET
    """Audio Guidance Scale: number, 1 to 10. Server default: 4."""
    resolution: LongcatMultiAvatarImageAudioToVideoInputResolution | Unset = UNSET
    """Resolution: one of "480p", "720p". Server default: "480p"."""
    num_segments: int | Unset = UNSET
    """Number of Segments: integer, 1 to 10. Server default: 1."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    enable_safety_checker: bool | Unset = UNSET
    """Enable Safety Checker: boolean. Server default: true."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        audio_url_person1 = self.audio_url_person1

        audio_url_person2 = self.audio_url_person2

        prompt = self.prompt

        negative_prompt = self.negative_prompt

        bbox_person1: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bbox_person1, Unset):
            bbox_person1 = self.bbox_person1.to_dict()

        bbox_person2: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bbox_person2, Unset):
            bbox_person2 = self.bbox_person2.to_dict()

        audio_type: str | Unset = UNSET
        if not isinstance(self.audio_type, Unset):
            audio_type = self.audio_type

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
            }
        )
        if audio_url_person1 is not UNSET:
            field_dict["audio_url_person1"] = audio_url_person1
        if audio_url_person2 is not UNSET:
            field_dict["audio_url_person2"] = audio_url_person2
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if bbox_person1 is not UNSET:
            field_dict["bbox_person1"] = bbox_person1
        if bbox_person2 is not UNSET:
            field_dict["bbox_person2"] = bbox_person2
        if audio_type is not UNSET:
            field_dict["audio_type"] = audio_type
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
        from ..models.bounding_box import BoundingBox  # noqa: PLC0415

        d = dict(src_dict)
        image_url = d.pop("image_url")

        audio_url_person1 = d.pop("audio_url_person1", UNSET)

        audio_url_person2 = d.pop("audio_url_person2", UNSET)

        prompt = d.pop("prompt", UNSET)

        negative_prompt = d.pop("negative_prompt", UNSET)

        _bbox_person1 = d.pop("bbox_person1", UNSET)
        bbox_person1: BoundingBox | Unset
        if isinstance(_bbox_person1, Unset):
            bbox_person1 = UNSET
        else:
            bbox_person1 = BoundingBox.from_dict(_bbox_person1)

        _bbox_person2 = d.pop("bbox_person2", UNSET)
        bbox_person2: BoundingBox | Unset
        if isinstance(_bbox_person2, Unset):
            bbox_person2 = UNSET
        else:
            bbox_person2 = BoundingBox.from_dict(_bbox_person2)

        _audio_type = d.pop("audio_type", UNSET)
        audio_type: LongcatMultiAvatarImageAudioToVideoInputAudioType | Unset
        if isinstance(_audio_type, Unset):
            audio_type = UNSET
        else:
            audio_type = check_longcat_multi_avatar_image_audio_to_video_input_audio_type(
                _audio_type
            )

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        text_guidance_scale = d.pop("text_guidance_scale", UNSET)

        audio_guidance_scale = d.pop("audio_guidance_scale", UNSET)

        _resolution = d.pop("resolution", UNSET)
        resolution: LongcatMultiAvatarImageAudioToVideoInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_longcat_multi_avatar_image_audio_to_video_input_resolution(
                _resolution
            )

        num_segments = d.pop("num_segments", UNSET)

        seed = d.pop("seed", UNSET)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        longcat_multi_avatar_image_audio_to_video_input = cls(
            image_url=image_url,
            audio_url_person1=audio_url_person1,
            audio_url_person2=audio_url_person2,
            prompt=prompt,
            negative_prompt=negative_prompt,
            bbox_person1=bbox_person1,
            bbox_person2=bbox_person2,
            audio_type=audio_type,
            num_inference_steps=num_inference_steps,
            text_guidance_scale=text_guidance_scale,
            audio_guidance_scale=audio_guidance_scale,
            resolution=resolution,
            num_segments=num_segments,
            seed=seed,
            enable_safety_checker=enable_safety_checker,
        )

        return longcat_multi_avatar_image_audio_to_video_input

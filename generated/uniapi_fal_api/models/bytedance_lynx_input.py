from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.bytedance_lynx_input_aspect_ratio import (
    BytedanceLynxInputAspectRatio,
    check_bytedance_lynx_input_aspect_ratio,
)
from ..models.bytedance_lynx_input_resolution import (
    BytedanceLynxInputResolution,
    check_bytedance_lynx_input_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .bytedance_lynx_output import BytedanceLynxOutput  # noqa: F401


T = TypeVar("T", bound="BytedanceLynxInput")


@_attrs_define
class BytedanceLynxInput(FalInput["BytedanceLynxOutput"], endpoint="bytedance/lynx"):
    """Input of `bytedance/lynx` (image-to-video)."""

    image_url: str
    """Image Url: string."""
    prompt: str
    """Prompt: string."""
    negative_prompt: str | Unset = UNSET
    """Negative Prompt: string. Server default: "Bright tones, overexposed, blurred background,
    static, subtitles, style, works, paintings, images, overall gray, worst quality, low
    quality, JPEG compression residue, ugly, incomplete, extra fingers, poorly drawn hands,
    poorly drawn faces, deformed, disfigured, misshapen limbs, fused fingers, still picture,
    messy background, three legs, many people in the background, walking backwards"."""
    num_inference_steps: int | Unset = UNSET
    """Num Inference Steps: integer, 1 to 75. Server default: 50."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    resolution: BytedanceLynxInputResolution | Unset = UNSET
    """Resolution: one of "480p", "580p", "720p". Server default: "720p"."""
    aspect_ratio: BytedanceLynxInputAspectRatio | Unset = UNSET
    """Aspect Ratio: one of "16:9", "9:16", "1:1". Server default: "16:9"."""
    ip_scale: float | Unset = UNSET
    """Ip Scale: number, 0 to 2. Server default: 1."""
    strength: float | Unset = UNSET
    """Strength: number, 0 to 2. Server default: 1."""
    frames_per_second: int | Unset = UNSET
    """Frames Per Second: integer, 5 to 30. Server default: 16."""
    guidance_scale: float | Unset = UNSET
    """Guidance Scale: number, 1 to 20. Server default: 5."""
    guidance_scale_2: float | Unset = UNSET
    """Guidance Scale 2: number, 0 to 10. Server default: 2."""
    num_frames: int | Unset = UNSET
    """Num Frames: integer, 9 to 81. Server default: 81."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        prompt = self.prompt

        negative_prompt = self.negative_prompt

        num_inference_steps = self.num_inference_steps

        seed = self.seed

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        ip_scale = self.ip_scale

        strength = self.strength

        frames_per_second = self.frames_per_second

        guidance_scale = self.guidance_scale

        guidance_scale_2 = self.guidance_scale_2

        num_frames = self.num_frames

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
                "prompt": prompt,
            }
        )
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if seed is not UNSET:
            field_dict["seed"] = seed
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if ip_scale is not UNSET:
            field_dict["ip_scale"] = ip_scale
        if strength is not UNSET:
            field_dict["strength"] = strength
        if frames_per_second is not UNSET:
            field_dict["frames_per_second"] = frames_per_second
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if guidance_scale_2 is not UNSET:
            field_dict["guidance_scale_2"] = guidance_scale_2
        if num_frames is not UNSET:
            field_dict["num_frames"] = num_frames

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        prompt = d.pop("prompt")

        negative_prompt = d.pop("negative_prompt", UNSET)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        seed = d.pop("seed", UNSET)

        _resolution = d.pop("resolution", UNSET)
        resolution: BytedanceLynxInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_bytedance_lynx_input_resolution(_resolution)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: BytedanceLynxInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_bytedance_lynx_input_aspect_ratio(_aspect_ratio)

        ip_scale = d.pop("ip_scale", UNSET)

        strength = d.pop("strength", UNSET)

        frames_per_second = d.pop("frames_per_second", UNSET)

        guidance_scale = d.pop("guidance_scale", UNSET)

        guidance_scale_2 = d.pop("guidance_scale_2", UNSET)

        num_frames = d.pop("num_frames", UNSET)

        bytedance_lynx_input = cls(
            image_url=image_url,
            prompt=prompt,
            negative_prompt=negative_prompt,
            num_inference_steps=num_inference_steps,
            seed=seed,
            resolution=resolution,
            aspect_ratio=aspect_ratio,
            ip_scale=ip_scale,
            strength=strength,
            frames_per_second=frames_per_second,
            guidance_scale=guidance_scale,
            guidance_scale_2=guidance_scale_2,
            num_frames=num_frames,
        )

        return bytedance_lynx_input

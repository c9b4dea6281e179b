from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.ltx_23_quality_image_to_video_input_resolution_type_1 import (
    Ltx23QualityImageToVideoInputResolutionType1,
    check_ltx_23_quality_image_to_video_input_resolution_type_1,
)
from ..models.ltx_23_quality_image_to_video_input_video_quality import (
    Ltx23QualityImageToVideoInputVideoQuality,
    check_ltx_23_quality_image_to_video_input_video_quality,
)
from ..models.ltx_23_quality_image_to_video_input_video_write_mode import (
    Ltx23QualityImageToVideoInputVideoWriteMode,
    check_ltx_23_quality_image_to_video_input_video_write_mode,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_size_v9a3dff import ImageSizeV9A3DFF
    from .ltx_23_quality_image_to_video_output import Ltx23QualityImageToVideoOutput  # noqa: F401


T = TypeVar("T", bound="Ltx23QualityImageToVideoInput")


@_attrs_define
class Ltx23QualityImageToVideoInput(
    FalInput["Ltx23QualityImageToVideoOutput"], endpoint="fal-ai/ltx-2.3-quality/image-to-video"
):
    """Input of `fal-ai/ltx-2.3-quality/image-to-video` (image-to-video). fal publishes no constraints for it (it comes
    from fal's TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are
    not.

    """

    image_url: str
    """URL or local file."""
    prompt: str
    """String."""
    enable_prompt_expansion: bool | Unset = UNSET
    """Boolean. Server default: true."""
    enable_safety_checker: bool | Unset = UNSET
    """Boolean. Server default: true."""
    frames_per_second: float | Unset = UNSET
    """Number. Server default: 24."""
    generate_audio: bool | Unset = UNSET
    """Boolean. Server default: true."""
    guidance_scale: float | Unset = UNSET
    """Number. Server default: 1."""
    image_strength: float | Unset = UNSET
    """Number. Server default: 0.7."""
    negative_prompt: str | Unset = UNSET
    """String. Server default: "color distortion, overexposure, static, blurry details, subtitles,
    style, artwork, painting, frame, still, dim overall tone, worst quality, low quality, JPEG
    compression artifacts, ugly, mutilated, extra fingers, poorly drawn hands, poorly drawn
    face, deformed, disfigured, malformed limbs, fused fingers, motionless frame, cluttered
    background, three legs, crowded background, walking backwards"."""
    num_frames: float | Unset = UNSET
    """Number. Server default: 121."""
    num_inference_steps: float | Unset = UNSET
    """Number. Server default: 15."""
    resolution: ImageSizeV9A3DFF | Ltx23QualityImageToVideoInputResolutionType1 | Unset = UNSET
    """ImageSizeV9A3DFF or one of "auto", "square_hd", "square", "portrait_4_3", "portrait_16_9",
    "landscape_4_3", "landscape_16_9". Server default: "auto"."""
    seed: float | Unset = UNSET
    """Number."""
    sync_mode: bool | Unset = UNSET
    """Boolean."""
    video_quality: Ltx23QualityImageToVideoInputVideoQuality | Unset = UNSET
    """One of "low", "medium", "high", "maximum". Server default: "high"."""
    video_write_mode: Ltx23QualityImageToVideoInputVideoWriteMode | Unset = UNSET
    """One of "fast", "balanced", "small". Server default: "balanced"."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.image_size_v9a3dff import ImageSizeV9A3DFF  # noqa: PLC0415

        image_url = self.image_url

        prompt = self.prompt

        enable_prompt_expansion = self.enable_prompt_expansion

        enable_safety_checker = self.enable_safety_checker

        frames_per_second = self.frames_per_second

        generate_audio = self.generate_audio

        guidance_scale = self.guidance_scale

        image_strength = self.image_strength

        negative_prompt = self.negative_prompt

        num_frames = self.num_frames

        num_inference_steps = self.num_inference_steps

        resolution: dict[str, Any] | str | Unset
        if isinstance(self.resolution, Unset):
            resolution = UNSET
        elif isinstance(self.resolution, ImageSizeV9A3DFF):
            resolution = self.resolution.to_dict()
        else:
            resolution = self.resolution

        seed = self.seed

        sync_mode = self.sync_mode

        video_quality: str | Unset = UNSET
        if not isinstance(self.video_quality, Unset):
            video_quality = self.video_quality

        video_write_mode: str | Unset = UNSET
        if not isinstance(self.video_write_mode, Unset):
            video_write_mode = self.video_write_mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
                "prompt": prompt,
            }
        )
        if enable_prompt_expansion is not UNSET:
            field_dict["enable_prompt_expansion"] = enable_prompt_expansion
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker
        if frames_per_second is not UNSET:
            field_dict["frames_per_second"] = frames_per_second
        if generate_audio is not UNSET:
            field_dict["generate_audio"] = generate_audio
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if image_strength is not UNSET:
            field_dict["image_strength"] = image_strength
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if num_frames is not UNSET:
            field_dict["num_frames"] = num_frames
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if seed is not UNSET:
            field_dict["seed"] = seed
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode
        if video_quality is not UNSET:
            field_dict["video_quality"] = video_quality
        if video_write_mode is not UNSET:
            field_dict["video_write_mode"] = video_write_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_size_v9a3dff import ImageSizeV9A3DFF  # noqa: PLC0415

        d = dict(src_dict)
        image_url = d.pop("image_url")

        prompt = d.pop("prompt")

        enable_prompt_expansion = d.pop("enable_prompt_expansion", UNSET)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        frames_per_second = d.pop("frames_per_second", UNSET)

        generate_audio = d.pop("generate_audio", UNSET)

        guidance_scale = d.pop("guidance_scale", UNSET)

        image_strength = d.pop("image_strength", UNSET)

        negative_prompt = d.pop("negative_prompt", UNSET)

        num_frames = d.pop("num_frames", UNSET)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        def _parse_resolution(
            data: object,
        ) -> ImageSizeV9A3DFF | Ltx23QualityImageToVideoInputResolutionType1 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                resolution_type_0 = ImageSizeV9A3DFF.from_dict(data)

                return resolution_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            resolution_type_1 = check_ltx_23_quality_image_to_video_input_resolution_type_1(data)

            return resolution_type_1

        resolution = _parse_resolution(d.pop("resolution", UNSET))

        seed = d.pop("seed", UNSET)

        sync_mode = d.pop("sync_mode", UNSET)

        _video_quality = d.pop("video_quality", UNSET)
        video_quality: Ltx23QualityImageToVideoInputVideoQuality | Unset
        if isinstance(_video_quality, Unset):
            video_quality = UNSET
        else:
            video_quality = check_ltx_23_quality_image_to_video_input_video_quality(_video_quality)

        _video_write_mode = d.pop("video_write_mode", UNSET)
        video_write_mode: Ltx23QualityImageToVideoInputVideoWriteMode | Unset
        if isinstance(_video_write_mode, Unset):
            video_write_mode = UNSET
        else:
            video_write_mode = check_ltx_23_quality_image_to_video_input_video_write_mode(
                _video_write_mode
            )

        ltx_23_quality_image_to_video_input = cls(
            image_url=image_url,
            prompt=prompt,
            enable_prompt_expansion=enable_prompt_expansion,
            enable_safety_checker=enable_safety_checker,
            frames_per_second=frames_per_second,
            generate_audio=generate_audio,
            guidance_scale=guidance_scale,
            image_strength=image_strength,
            negative_prompt=negative_prompt,
            num_frames=num_frames,
            num_inference_steps=num_inference_steps,
            resolution=resolution,
            seed=seed,
            sync_mode=sync_mode,
            video_quality=video_quality,
            video_write_mode=video_write_mode,
        )

        return ltx_23_quality_image_to_video_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.ltx_23_quality_ingredient_input_resolution_type_1 import (
    Ltx23QualityIngredientInputResolutionType1,
    check_ltx_23_quality_ingredient_input_resolution_type_1,
)
from ..models.ltx_23_quality_ingredient_input_video_quality import (
    Ltx23QualityIngredientInputVideoQuality,
    check_ltx_23_quality_ingredient_input_video_quality,
)
from ..models.ltx_23_quality_ingredient_input_video_write_mode import (
    Ltx23QualityIngredientInputVideoWriteMode,
    check_ltx_23_quality_ingredient_input_video_write_mode,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_size_v9a3dff import ImageSizeV9A3DFF
    from .ltx_23_quality_ingredient_output import Ltx23QualityIngredientOutput  # noqa: F401


T = TypeVar("T", bound="Ltx23QualityIngredientInput")


@_attrs_define
class Ltx23QualityIngredientInput(
    FalInput["Ltx23QualityIngredientOutput"], endpoint="fal-ai/ltx-2.3-quality/ingredient"
):
    """Input of `fal-ai/ltx-2.3-quality/ingredient` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

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
    ingredient_strength: float | Unset = UNSET
    """Number. Server default: 1."""
    negative_prompt: str | Unset = UNSET
    """String. Server default: "worst quality, inconsistent motion, blurry, jittery, distorted"."""
    num_frames: float | Unset = UNSET
    """Number. Server default: 121."""
    reference_strength: float | Unset = UNSET
    """Number. Server default: 1."""
    resolution: ImageSizeV9A3DFF | Ltx23QualityIngredientInputResolutionType1 | Unset = UNSET
    """ImageSizeV9A3DFF or one of "auto", "square_hd", "square", "portrait_4_3", "portrait_16_9",
    "landscape_4_3", "landscape_16_9"."""
    seed: float | Unset = UNSET
    """Number."""
    sync_mode: bool | Unset = UNSET
    """Boolean."""
    video_quality: Ltx23QualityIngredientInputVideoQuality | Unset = UNSET
    """One of "low", "medium", "high", "maximum". Server default: "high"."""
    video_write_mode: Ltx23QualityIngredientInputVideoWriteMode | Unset = UNSET
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

        ingredient_strength = self.ingredient_strength

        negative_prompt = self.negative_prompt

        num_frames = self.num_frames

        reference_strength = self.reference_strength

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
        if ingredient_strength is not UNSET:
            field_dict["ingredient_strength"] = ingredient_strength
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if num_frames is not UNSET:
            field_dict["num_frames"] = num_frames
        if reference_strength is not UNSET:
            field_dict["reference_strength"] = reference_strength
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

        ingredient_strength = d.pop("ingredient_strength", UNSET)

        negative_prompt = d.pop("negative_prompt", UNSET)

        num_frames = d.pop("num_frames", UNSET)

        reference_strength = d.pop("reference_strength", UNSET)

        def _parse_resolution(
            data: object,
        ) -> ImageSizeV9A3DFF | Ltx23QualityIngredientInputResolutionType1 | Unset:
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
            resolution_type_1 = check_ltx_23_quality_ingredient_input_resolution_type_1(data)

            return resolution_type_1

        resolution = _parse_resolution(d.pop("resolution", UNSET))

        seed = d.pop("seed", UNSET)

        sync_mode = d.pop("sync_mode", UNSET)

        _video_quality = d.pop("video_quality", UNSET)
        video_quality: Ltx23QualityIngredientInputVideoQuality | Unset
        if isinstance(_video_quality, Unset):
            video_quality = UNSET
        else:
            video_quality = check_ltx_23_quality_ingredient_input_video_quality(_video_quality)

        _video_write_mode = d.pop("video_write_mode", UNSET)
        video_write_mode: Ltx23QualityIngredientInputVideoWriteMode | Unset
        if isinstance(_video_write_mode, Unset):
            video_write_mode = UNSET
        else:
            video_write_mode = check_ltx_23_quality_ingredient_input_video_write_mode(
                _video_write_mode
            )

        ltx_23_quality_ingredient_input = cls(
            image_url=image_url,
            prompt=prompt,
            enable_prompt_expansion=enable_prompt_expansion,
            enable_safety_checker=enable_safety_checker,
            frames_per_second=frames_per_second,
            generate_audio=generate_audio,
            guidance_scale=guidance_scale,
            ingredient_strength=ingredient_strength,
            negative_prompt=negative_prompt,
            num_frames=num_frames,
            reference_strength=reference_strength,
            resolution=resolution,
            seed=seed,
            sync_mode=sync_mode,
            video_quality=video_quality,
            video_write_mode=video_write_mode,
        )

        return ltx_23_quality_ingredient_input

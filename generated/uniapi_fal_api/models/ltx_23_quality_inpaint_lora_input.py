from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.ltx_23_quality_inpaint_lora_input_video_quality import (
    Ltx23QualityInpaintLoraInputVideoQuality,
    check_ltx_23_quality_inpaint_lora_input_video_quality,
)
from ..models.ltx_23_quality_inpaint_lora_input_video_write_mode import (
    Ltx23QualityInpaintLoraInputVideoWriteMode,
    check_ltx_23_quality_inpaint_lora_input_video_write_mode,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.lo_ra_input_vd91458 import LoRAInputVD91458
    from .ltx_23_quality_inpaint_lora_output import Ltx23QualityInpaintLoraOutput  # noqa: F401


T = TypeVar("T", bound="Ltx23QualityInpaintLoraInput")


@_attrs_define
class Ltx23QualityInpaintLoraInput(
    FalInput["Ltx23QualityInpaintLoraOutput"], endpoint="fal-ai/ltx-2.3-quality/inpaint/lora"
):
    """Input of `fal-ai/ltx-2.3-quality/inpaint/lora` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    loras: list[LoRAInputVD91458]
    """List of LoRAInputVD91458."""
    mask_video_url: str
    """URL or local file."""
    prompt: str
    """String."""
    video_url: str
    """URL or local file."""
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
    seed: float | Unset = UNSET
    """Number."""
    sync_mode: bool | Unset = UNSET
    """Boolean."""
    video_quality: Ltx23QualityInpaintLoraInputVideoQuality | Unset = UNSET
    """One of "low", "medium", "high", "maximum". Server default: "high"."""
    video_strength: float | Unset = UNSET
    """Number. Server default: 1."""
    video_write_mode: Ltx23QualityInpaintLoraInputVideoWriteMode | Unset = UNSET
    """One of "fast", "balanced", "small". Server default: "balanced"."""

    def to_dict(self) -> dict[str, Any]:
        loras = []
        for loras_item_data in self.loras:
            loras_item = loras_item_data.to_dict()
            loras.append(loras_item)

        mask_video_url = self.mask_video_url

        prompt = self.prompt

        video_url = self.video_url

        enable_prompt_expansion = self.enable_prompt_expansion

        enable_safety_checker = self.enable_safety_checker

        frames_per_second = self.frames_per_second

        generate_audio = self.generate_audio

        guidance_scale = self.guidance_scale

        negative_prompt = self.negative_prompt

        num_frames = self.num_frames

        num_inference_steps = self.num_inference_steps

        seed = self.seed

        sync_mode = self.sync_mode

        video_quality: str | Unset = UNSET
        if not isinstance(self.video_quality, Unset):
            video_quality = self.video_quality

        video_strength = self.video_strength

        video_write_mode: str | Unset = UNSET
        if not isinstance(self.video_write_mode, Unset):
            video_write_mode = self.video_write_mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "loras": loras,
                "mask_video_url": mask_video_url,
                "prompt": prompt,
                "video_url": video_url,
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
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if num_frames is not UNSET:
            field_dict["num_frames"] = num_frames
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if seed is not UNSET:
            field_dict["seed"] = seed
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode
        if video_quality is not UNSET:
            field_dict["video_quality"] = video_quality
        if video_strength is not UNSET:
            field_dict["video_strength"] = video_strength
        if video_write_mode is not UNSET:
            field_dict["video_write_mode"] = video_write_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.lo_ra_input_vd91458 import LoRAInputVD91458  # noqa: PLC0415

        d = dict(src_dict)
        loras = []
        _loras = d.pop("loras")
        for loras_item_data in _loras:
            loras_item = LoRAInputVD91458.from_dict(loras_item_data)

            loras.append(loras_item)

        mask_video_url = d.pop("mask_video_url")

        prompt = d.pop("prompt")

        video_url = d.pop("video_url")

        enable_prompt_expansion = d.pop("enable_prompt_expansion", UNSET)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        frames_per_second = d.pop("frames_per_second", UNSET)

        generate_audio = d.pop("generate_audio", UNSET)

        guidance_scale = d.pop("guidance_scale", UNSET)

        negative_prompt = d.pop("negative_prompt", UNSET)

        num_frames = d.pop("num_frames", UNSET)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        seed = d.pop("seed", UNSET)

        sync_mode = d.pop("sync_mode", UNSET)

        _video_quality = d.pop("video_quality", UNSET)
        video_quality: Ltx23QualityInpaintLoraInputVideoQuality | Unset
        if isinstance(_video_quality, Unset):
            video_quality = UNSET
        else:
            video_quality = check_ltx_23_quality_inpaint_lora_input_video_quality(_video_quality)

        video_strength = d.pop("video_strength", UNSET)

        _video_write_mode = d.pop("video_write_mode", UNSET)
        video_write_mode: Ltx23QualityInpaintLoraInputVideoWriteMode | Unset
        if isinstance(_video_write_mode, Unset):
            video_write_mode = UNSET
        else:
            video_write_mode = check_ltx_23_quality_inpaint_lora_input_video_write_mode(
                _video_write_mode
            )

        ltx_23_quality_inpaint_lora_input = cls(
            loras=loras,
            mask_video_url=mask_video_url,
            prompt=prompt,
            video_url=video_url,
            enable_prompt_expansion=enable_prompt_expansion,
            enable_safety_checker=enable_safety_checker,
            frames_per_second=frames_per_second,
            generate_audio=generate_audio,
            guidance_scale=guidance_scale,
            negative_prompt=negative_prompt,
            num_frames=num_frames,
            num_inference_steps=num_inference_steps,
            seed=seed,
            sync_mode=sync_mode,
            video_quality=video_quality,
            video_strength=video_strength,
            video_write_mode=video_write_mode,
        )

        return ltx_23_quality_inpaint_lora_input

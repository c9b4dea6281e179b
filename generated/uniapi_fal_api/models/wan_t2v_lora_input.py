from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.wan_t2v_lora_input_aspect_ratio import (
    WanT2VLoraInputAspectRatio,
    check_wan_t2v_lora_input_aspect_ratio,
)
from ..models.wan_t2v_lora_input_resolution import (
    WanT2VLoraInputResolution,
    check_wan_t2v_lora_input_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.lora_weight_v8af06b import LoraWeightV8AF06B
    from .wan_t2v_lora_output import WanT2VLoraOutput  # noqa: F401


T = TypeVar("T", bound="WanT2VLoraInput")


@_attrs_define
class WanT2VLoraInput(FalInput["WanT2VLoraOutput"], endpoint="fal-ai/wan-t2v-lora"):
    """Input of `fal-ai/wan-t2v-lora` (text-to-video)."""

    prompt: str
    """Prompt: string."""
    negative_prompt: str | Unset = UNSET
    """Negative Prompt: string. Server default: "bright colors, overexposed, static, blurred
    details, subtitles, style, artwork, painting, picture, still, overall gray, worst quality,
    low quality, JPEG compression residue, ugly, incomplete, extra fingers, poorly drawn hands,
    poorly drawn faces, deformed, disfigured, malformed limbs, fused fingers, still picture,
    cluttered background, three legs, many people in the background, walking backwards"."""
    num_frames: int | Unset = UNSET
    """Num Frames: integer, 81 to 100. Server default: 81."""
    frames_per_second: int | Unset = UNSET
    """Frames Per Second: integer, 5 to 24. Server default: 16."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    resolution: WanT2VLoraInputResolution | Unset = UNSET
    """Resolution: one of "480p", "580p", "720p". Server default: "480p"."""
    aspect_ratio: WanT2VLoraInputAspectRatio | Unset = UNSET
    """Aspect Ratio: one of "9:16", "16:9". Server default: "16:9"."""
    num_inference_steps: int | Unset = UNSET
    """Num Inference Steps: integer, 2 to 40. Server default: 30."""
    enable_safety_checker: bool | Unset = UNSET
    """Enable Safety Checker: boolean. Server default: false."""
    enable_prompt_expansion: bool | Unset = UNSET
    """Enable Prompt Expansion: boolean. Server default: false."""
    turbo_mode: bool | Unset = UNSET
    """Turbo Mode: boolean. Server default: true."""
    loras: list[LoraWeightV8AF06B] | Unset = UNSET
    """Loras: list of LoraWeightV8AF06B. Server default: []."""
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

        enable_prompt_expansion = self.enable_prompt_expansion

        turbo_mode = self.turbo_mode

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
        if enable_prompt_expansion is not UNSET:
            field_dict["enable_prompt_expansion"] = enable_prompt_expansion
        if turbo_mode is not UNSET:
            field_dict["turbo_mode"] = turbo_mode
        if loras is not UNSET:
            field_dict["loras"] = loras
        if reverse_video is not UNSET:
            field_dict["reverse_video"] = reverse_video

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.lora_weight_v8af06b import LoraWeightV8AF06B  # noqa: PLC0415

        d = dict(src_dict)
        prompt = d.pop("prompt")

        negative_prompt = d.pop("negative_prompt", UNSET)

        num_frames = d.pop("num_frames", UNSET)

        frames_per_second = d.pop("frames_per_second", UNSET)

        seed = d.pop("seed", UNSET)

        _resolution = d.pop("resolution", UNSET)
        resolution: WanT2VLoraInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_wan_t2v_lora_input_resolution(_resolution)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: WanT2VLoraInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_wan_t2v_lora_input_aspect_ratio(_aspect_ratio)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        enable_prompt_expansion = d.pop("enable_prompt_expansion", UNSET)

        turbo_mode = d.pop("turbo_mode", UNSET)

        _loras = d.pop("loras", UNSET)
        loras: list[LoraWeightV8AF06B] | Unset = UNSET
        if _loras is not UNSET:
            loras = []
            for loras_item_data in _loras:
                loras_item = LoraWeightV8AF06B.from_dict(loras_item_data)

                loras.append(loras_item)

        reverse_video = d.pop("reverse_video", UNSET)

        wan_t2v_lora_input = cls(
            prompt=prompt,
            negative_prompt=negative_prompt,
            num_frames=num_frames,
            frames_per_second=frames_per_second,
            seed=seed,
            resolution=resolution,
            aspect_ratio=aspect_ratio,
            num_inference_steps=num_inference_steps,
            enable_safety_checker=enable_safety_checker,
            enable_prompt_expansion=enable_prompt_expansion,
            turbo_mode=turbo_mode,
            loras=loras,
            reverse_video=reverse_video,
        )

        return wan_t2v_lora_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.ltxv_13b098_distilled_extend_input_aspect_ratio import (
    Ltxv13B098DistilledExtendInputAspectRatio,
    check_ltxv_13b098_distilled_extend_input_aspect_ratio,
)
from ..models.ltxv_13b098_distilled_extend_input_resolution import (
    Ltxv13B098DistilledExtendInputResolution,
    check_ltxv_13b098_distilled_extend_input_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.extend_video_conditioning_input import ExtendVideoConditioningInput
    from ..models.lo_ra_weight import LoRAWeight
    from .ltxv_13b098_distilled_extend_output import Ltxv13B098DistilledExtendOutput  # noqa: F401


T = TypeVar("T", bound="Ltxv13B098DistilledExtendInput")


@_attrs_define
class Ltxv13B098DistilledExtendInput(
    FalInput["Ltxv13B098DistilledExtendOutput"], endpoint="fal-ai/ltxv-13b-098-distilled/extend"
):
    """Input of `fal-ai/ltxv-13b-098-distilled/extend` (video-to-video)."""

    prompt: str
    """Prompt: string."""
    video: ExtendVideoConditioningInput
    """Video: ExtendVideoConditioningInput."""
    negative_prompt: str | Unset = UNSET
    """Negative Prompt: string. Server default: "worst quality, inconsistent motion, blurry,
    jittery, distorted"."""
    loras: list[LoRAWeight] | Unset = UNSET
    """Loras: list of LoRAWeight. Server default: []."""
    resolution: Ltxv13B098DistilledExtendInputResolution | Unset = UNSET
    """Resolution: one of "480p", "720p". Server default: "720p"."""
    aspect_ratio: Ltxv13B098DistilledExtendInputAspectRatio | Unset = UNSET
    """Aspect Ratio: one of "9:16", "1:1", "16:9", "auto". Server default: "auto"."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    num_frames: int | Unset = UNSET
    """Number of Frames: integer, 9 to 1,441. Server default: 121."""
    first_pass_num_inference_steps: int | Unset = UNSET
    """Number of Inference Steps: integer, 2 to 12. Server default: 8."""
    second_pass_num_inference_steps: int | Unset = UNSET
    """Second Pass Number of Inference Steps: integer, 2 to 12. Server default: 8."""
    second_pass_skip_initial_steps: int | Unset = UNSET
    """Second Pass Skip Initial Steps: integer, 1 to 11. Server default: 5."""
    frame_rate: int | Unset = UNSET
    """Frame Rate: integer, 1 to 60. Server default: 24."""
    expand_prompt: bool | Unset = UNSET
    """Expand Prompt: boolean. Server default: false."""
    reverse_video: bool | Unset = UNSET
    """Reverse Video: boolean. Server default: false."""
    enable_safety_checker: bool | Unset = UNSET
    """Enable Safety Checker: boolean. Server default: true."""
    enable_detail_pass: bool | Unset = UNSET
    """Enable Detail Pass: boolean. Server default: false."""
    temporal_adain_factor: float | Unset = UNSET
    """Temporal AdaIN Factor: number, 0 to 1, a multiple of 0.05. Server default: 0.5."""
    tone_map_compression_ratio: float | Unset = UNSET
    """Tone Map Compression Ratio: number, 0 to 1, a multiple of 0.05. Server default: 0."""
    constant_rate_factor: int | Unset = UNSET
    """Constant Rate Factor: integer, 0 to 51. Server default: 29."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        video = self.video.to_dict()

        negative_prompt = self.negative_prompt

        loras: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.loras, Unset):
            loras = []
            for loras_item_data in self.loras:
                loras_item = loras_item_data.to_dict()
                loras.append(loras_item)

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        seed = self.seed

        num_frames = self.num_frames

        first_pass_num_inference_steps = self.first_pass_num_inference_steps

        second_pass_num_inference_steps = self.second_pass_num_inference_steps

        second_pass_skip_initial_steps = self.second_pass_skip_initial_steps

        frame_rate = self.frame_rate

        expand_prompt = self.expand_prompt

        reverse_video = self.reverse_video

        enable_safety_checker = self.enable_safety_checker

        enable_detail_pass = self.enable_detail_pass

        temporal_adain_factor = self.temporal_adain_factor

        tone_map_compression_ratio = self.tone_map_compression_ratio

        constant_rate_factor = self.constant_rate_factor

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
                "video": video,
            }
        )
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if loras is not UNSET:
            field_dict["loras"] = loras
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if seed is not UNSET:
            field_dict["seed"] = seed
        if num_frames is not UNSET:
            field_dict["num_frames"] = num_frames
        if first_pass_num_inference_steps is not UNSET:
            field_dict["first_pass_num_inference_steps"] = first_pass_num_inference_steps
        if second_pass_num_inference_steps is not UNSET:
            field_dict["second_pass_num_inference_steps"] = second_pass_num_inference_steps
        if second_pass_skip_initial_steps is not UNSET:
            field_dict["second_pass_skip_initial_steps"] = second_pass_skip_initial_steps
        if frame_rate is not UNSET:
            field_dict["frame_rate"] = frame_rate
        if expand_prompt is not UNSET:
            field_dict["expand_prompt"] = expand_prompt
        if reverse_video is not UNSET:
            field_dict["reverse_video"] = reverse_video
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker
        if enable_detail_pass is not UNSET:
            field_dict["enable_detail_pass"] = enable_detail_pass
        if temporal_adain_factor is not UNSET:
            field_dict["temporal_adain_factor"] = temporal_adain_factor
        if tone_map_compression_ratio is not UNSET:
            field_dict["tone_map_compression_ratio"] = tone_map_compression_ratio
        if constant_rate_factor is not UNSET:
            field_dict["constant_rate_factor"] = constant_rate_factor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.extend_video_conditioning_input import (
            ExtendVideoConditioningInput,  # noqa: PLC0415
        )
        from ..models.lo_ra_weight import LoRAWeight  # noqa: PLC0415

        d = dict(src_dict)
        prompt = d.pop("prompt")

        video = ExtendVideoConditioningInput.from_dict(d.pop("video"))

        negative_prompt = d.pop("negative_prompt", UNSET)

        _loras = d.pop("loras", UNSET)
        loras: list[LoRAWeight] | Unset = UNSET
        if _loras is not UNSET:
            loras = []
            for loras_item_data in _loras:
                loras_item = LoRAWeight.from_dict(loras_item_data)

                loras.append(loras_item)

        _resolution = d.pop("resolution", UNSET)
        resolution: Ltxv13B098DistilledExtendInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_ltxv_13b098_distilled_extend_input_resolution(_resolution)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: Ltxv13B098DistilledExtendInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_ltxv_13b098_distilled_extend_input_aspect_ratio(_aspect_ratio)

        seed = d.pop("seed", UNSET)

        num_frames = d.pop("num_frames", UNSET)

        first_pass_num_inference_steps = d.pop("first_pass_num_inference_steps", UNSET)

        second_pass_num_inference_steps = d.pop("second_pass_num_inference_steps", UNSET)

        second_pass_skip_initial_steps = d.pop("second_pass_skip_initial_steps", UNSET)

        frame_rate = d.pop("frame_rate", UNSET)

        expand_prompt = d.pop("expand_prompt", UNSET)

        reverse_video = d.pop("reverse_video", UNSET)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        enable_detail_pass = d.pop("enable_detail_pass", UNSET)

        temporal_adain_factor = d.pop("temporal_adain_factor", UNSET)

        tone_map_compression_ratio = d.pop("tone_map_compression_ratio", UNSET)

        constant_rate_factor = d.pop("constant_rate_factor", UNSET)

        ltxv_13b098_distilled_extend_input = cls(
            prompt=prompt,
            video=video,
            negative_prompt=negative_prompt,
            loras=loras,
            resolution=resolution,
            aspect_ratio=aspect_ratio,
            seed=seed,
            num_frames=num_frames,
            first_pass_num_inference_steps=first_pass_num_inference_steps,
            second_pass_num_inference_steps=second_pass_num_inference_steps,
            second_pass_skip_initial_steps=second_pass_skip_initial_steps,
            frame_rate=frame_rate,
            expand_prompt=expand_prompt,
            reverse_video=reverse_video,
            enable_safety_checker=enable_safety_checker,
            enable_detail_pass=enable_detail_pass,
            temporal_adain_factor=temporal_adain_factor,
            tone_map_compression_ratio=tone_map_compression_ratio,
            constant_rate_factor=constant_rate_factor,
        )

        return ltxv_13b098_distilled_extend_input

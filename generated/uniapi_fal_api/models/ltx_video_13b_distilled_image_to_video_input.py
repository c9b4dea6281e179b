from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.ltx_video_13b_distilled_image_to_video_input_aspect_ratio import (
    LtxVideo13BDistilledImageToVideoInputAspectRatio,
    check_ltx_video_13b_distilled_image_to_video_input_aspect_ratio,
)
from ..models.ltx_video_13b_distilled_image_to_video_input_resolution import (
    LtxVideo13BDistilledImageToVideoInputResolution,
    check_ltx_video_13b_distilled_image_to_video_input_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.lo_ra_weight_vd3be9c import LoRAWeightVD3BE9C
    from .ltx_video_13b_distilled_image_to_video_output import (
        LtxVideo13BDistilledImageToVideoOutput,  # noqa: F401
    )


T = TypeVar("T", bound="LtxVideo13BDistilledImageToVideoInput")


@_attrs_define
class LtxVideo13BDistilledImageToVideoInput(
    FalInput["LtxVideo13BDistilledImageToVideoOutput"],
    endpoint="fal-ai/ltx-video-13b-distilled/image-to-video",
):
    """Input of `fal-ai/ltx-video-13b-distilled/image-to-video` (image-to-video). fal publishes no constraints for it (it
    comes from fal's TypeScript types): types, enums and required fields are checked before sending, bounds and lengths
    are not.

    """

    image_url: str
    """URL or local file."""
    prompt: str
    """String."""
    aspect_ratio: LtxVideo13BDistilledImageToVideoInputAspectRatio | Unset = UNSET
    """One of "9:16", "1:1", "16:9", "auto". Server default: "auto"."""
    constant_rate_factor: float | Unset = UNSET
    """Number. Server default: 29."""
    enable_detail_pass: bool | Unset = UNSET
    """Boolean."""
    enable_safety_checker: bool | Unset = UNSET
    """Boolean. Server default: true."""
    expand_prompt: bool | Unset = UNSET
    """Boolean."""
    first_pass_num_inference_steps: float | Unset = UNSET
    """Number. Server default: 8."""
    frame_rate: float | Unset = UNSET
    """Number. Server default: 24."""
    loras: list[LoRAWeightVD3BE9C] | Unset = UNSET
    """List of LoRAWeightVD3BE9C."""
    negative_prompt: str | Unset = UNSET
    """String. Server default: "worst quality, inconsistent motion, blurry, jittery, distorted"."""
    num_frames: float | Unset = UNSET
    """Number. Server default: 121."""
    resolution: LtxVideo13BDistilledImageToVideoInputResolution | Unset = UNSET
    """One of "480p", "720p". Server default: "720p"."""
    reverse_video: bool | Unset = UNSET
    """Boolean."""
    second_pass_num_inference_steps: float | Unset = UNSET
    """Number. Server default: 8."""
    second_pass_skip_initial_steps: float | Unset = UNSET
    """Number. Server default: 5."""
    seed: float | Unset = UNSET
    """Number."""
    temporal_adain_factor: float | Unset = UNSET
    """Number. Server default: 0.5."""
    tone_map_compression_ratio: float | Unset = UNSET
    """Number."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        prompt = self.prompt

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        constant_rate_factor = self.constant_rate_factor

        enable_detail_pass = self.enable_detail_pass

        enable_safety_checker = self.enable_safety_checker

        expand_prompt = self.expand_prompt

        first_pass_num_inference_steps = self.first_pass_num_inference_steps

        frame_rate = self.frame_rate

        loras: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.loras, Unset):
            loras = []
            for loras_item_data in self.loras:
                loras_item = loras_item_data.to_dict()
                loras.append(loras_item)

        negative_prompt = self.negative_prompt

        num_frames = self.num_frames

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        reverse_video = self.reverse_video

        second_pass_num_inference_steps = self.second_pass_num_inference_steps

        second_pass_skip_initial_steps = self.second_pass_skip_initial_steps

        seed = self.seed

        temporal_adain_factor = self.temporal_adain_factor

        tone_map_compression_ratio = self.tone_map_compression_ratio

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
                "prompt": prompt,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if constant_rate_factor is not UNSET:
            field_dict["constant_rate_factor"] = constant_rate_factor
        if enable_detail_pass is not UNSET:
            field_dict["enable_detail_pass"] = enable_detail_pass
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker
        if expand_prompt is not UNSET:
            field_dict["expand_prompt"] = expand_prompt
        if first_pass_num_inference_steps is not UNSET:
            field_dict["first_pass_num_inference_steps"] = first_pass_num_inference_steps
        if frame_rate is not UNSET:
            field_dict["frame_rate"] = frame_rate
        if loras is not UNSET:
            field_dict["loras"] = loras
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if num_frames is not UNSET:
            field_dict["num_frames"] = num_frames
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if reverse_video is not UNSET:
            field_dict["reverse_video"] = reverse_video
        if second_pass_num_inference_steps is not UNSET:
            field_dict["second_pass_num_inference_steps"] = second_pass_num_inference_steps
        if second_pass_skip_initial_steps is not UNSET:
            field_dict["second_pass_skip_initial_steps"] = second_pass_skip_initial_steps
        if seed is not UNSET:
            field_dict["seed"] = seed
        if temporal_adain_factor is not UNSET:
            field_dict["temporal_adain_factor"] = temporal_adain_factor
        if tone_map_compression_ratio is not UNSET:
            field_dict["tone_map_compression_ratio"] = tone_map_compression_ratio

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.lo_ra_weight_vd3be9c import LoRAWeightVD3BE9C  # noqa: PLC0415

        d = dict(src_dict)
        image_url = d.pop("image_url")

        prompt = d.pop("prompt")

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: LtxVideo13BDistilledImageToVideoInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_ltx_video_13b_distilled_image_to_video_input_aspect_ratio(
                _aspect_ratio
            )

        constant_rate_factor = d.pop("constant_rate_factor", UNSET)

        enable_detail_pass = d.pop("enable_detail_pass", UNSET)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        expand_prompt = d.pop("expand_prompt", UNSET)

        first_pass_num_inference_steps = d.pop("first_pass_num_inference_steps", UNSET)

        frame_rate = d.pop("frame_rate", UNSET)

        _loras = d.pop("loras", UNSET)
        loras: list[LoRAWeightVD3BE9C] | Unset = UNSET
        if _loras is not UNSET:
            loras = []
            for loras_item_data in _loras:
                loras_item = LoRAWeightVD3BE9C.from_dict(loras_item_data)

                loras.append(loras_item)

        negative_prompt = d.pop("negative_prompt", UNSET)

        num_frames = d.pop("num_frames", UNSET)

        _resolution = d.pop("resolution", UNSET)
        resolution: LtxVideo13BDistilledImageToVideoInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_ltx_video_13b_distilled_image_to_video_input_resolution(_resolution)

        reverse_video = d.pop("reverse_video", UNSET)

        second_pass_num_inference_steps = d.pop("second_pass_num_inference_steps", UNSET)

        second_pass_skip_initial_steps = d.pop("second_pass_skip_initial_steps", UNSET)

        seed = d.pop("seed", UNSET)

        temporal_adain_factor = d.pop("temporal_adain_factor", UNSET)

        tone_map_compression_ratio = d.pop("tone_map_compression_ratio", UNSET)

        ltx_video_13b_distilled_image_to_video_input = cls(
            image_url=image_url,
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            constant_rate_factor=constant_rate_factor,
            enable_detail_pass=enable_detail_pass,
            enable_safety_checker=enable_safety_checker,
            expand_prompt=expand_prompt,
            first_pass_num_inference_steps=first_pass_num_inference_steps,
            frame_rate=frame_rate,
            loras=loras,
            negative_prompt=negative_prompt,
            num_frames=num_frames,
            resolution=resolution,
            reverse_video=reverse_video,
            second_pass_num_inference_steps=second_pass_num_inference_steps,
            second_pass_skip_initial_steps=second_pass_skip_initial_steps,
            seed=seed,
            temporal_adain_factor=temporal_adain_factor,
            tone_map_compression_ratio=tone_map_compression_ratio,
        )

        return ltx_video_13b_distilled_image_to_video_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.ltx_23_quality_water_simulation_input_resolution import (
    Ltx23QualityWaterSimulationInputResolution,
    check_ltx_23_quality_water_simulation_input_resolution,
)
from ..models.ltx_23_quality_water_simulation_input_video_quality import (
    Ltx23QualityWaterSimulationInputVideoQuality,
    check_ltx_23_quality_water_simulation_input_video_quality,
)
from ..models.ltx_23_quality_water_simulation_input_video_write_mode import (
    Ltx23QualityWaterSimulationInputVideoWriteMode,
    check_ltx_23_quality_water_simulation_input_video_write_mode,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .ltx_23_quality_water_simulation_output import (
        Ltx23QualityWaterSimulationOutput,  # noqa: F401
    )


T = TypeVar("T", bound="Ltx23QualityWaterSimulationInput")


@_attrs_define
class Ltx23QualityWaterSimulationInput(
    FalInput["Ltx23QualityWaterSimulationOutput"],
    endpoint="fal-ai/ltx-2.3-quality/water-simulation",
):
    """Input of `fal-ai/ltx-2.3-quality/water-simulation` (unknown). fal publishes no constraints for it (it comes from
    fal's TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    video_url: str
    """URL or local file."""
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
    prompt: str | Unset = UNSET
    """String. Server default: ""."""
    resolution: Ltx23QualityWaterSimulationInputResolution | Unset = UNSET
    """One of "480p", "720p". Server default: "720p"."""
    seed: float | Unset = UNSET
    """Number."""
    sync_mode: bool | Unset = UNSET
    """Boolean."""
    video_quality: Ltx23QualityWaterSimulationInputVideoQuality | Unset = UNSET
    """One of "low", "medium", "high", "maximum". Server default: "high"."""
    video_write_mode: Ltx23QualityWaterSimulationInputVideoWriteMode | Unset = UNSET
    """One of "fast", "balanced", "small". Server default: "balanced"."""

    def to_dict(self) -> dict[str, Any]:
        video_url = self.video_url

        enable_safety_checker = self.enable_safety_checker

        frames_per_second = self.frames_per_second

        generate_audio = self.generate_audio

        guidance_scale = self.guidance_scale

        negative_prompt = self.negative_prompt

        num_frames = self.num_frames

        num_inference_steps = self.num_inference_steps

        prompt = self.prompt

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
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
                "video_url": video_url,
            }
        )
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
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
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
        d = dict(src_dict)
        video_url = d.pop("video_url")

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        frames_per_second = d.pop("frames_per_second", UNSET)

        generate_audio = d.pop("generate_audio", UNSET)

        guidance_scale = d.pop("guidance_scale", UNSET)

        negative_prompt = d.pop("negative_prompt", UNSET)

        num_frames = d.pop("num_frames", UNSET)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        prompt = d.pop("prompt", UNSET)

        _resolution = d.pop("resolution", UNSET)
        resolution: Ltx23QualityWaterSimulationInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_ltx_23_quality_water_simulation_input_resolution(_resolution)

        seed = d.pop("seed", UNSET)

        sync_mode = d.pop("sync_mode", UNSET)

        _video_quality = d.pop("video_quality", UNSET)
        video_quality: Ltx23QualityWaterSimulationInputVideoQuality | Unset
        if isinstance(_video_quality, Unset):
            video_quality = UNSET
        else:
            video_quality = check_ltx_23_quality_water_simulation_input_video_quality(
                _video_quality
            )

        _video_write_mode = d.pop("video_write_mode", UNSET)
        video_write_mode: Ltx23QualityWaterSimulationInputVideoWriteMode | Unset
        if isinstance(_video_write_mode, Unset):
            video_write_mode = UNSET
        else:
            video_write_mode = check_ltx_23_quality_water_simulation_input_video_write_mode(
                _video_write_mode
            )

        ltx_23_quality_water_simulation_input = cls(
            video_url=video_url,
            enable_safety_checker=enable_safety_checker,
            frames_per_second=frames_per_second,
            generate_audio=generate_audio,
            guidance_scale=guidance_scale,
            negative_prompt=negative_prompt,
            num_frames=num_frames,
            num_inference_steps=num_inference_steps,
            prompt=prompt,
            resolution=resolution,
            seed=seed,
            sync_mode=sync_mode,
            video_quality=video_quality,
            video_write_mode=video_write_mode,
        )

        return ltx_23_quality_water_simulation_input

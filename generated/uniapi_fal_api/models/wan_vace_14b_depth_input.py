from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.wan_vace_14b_depth_input_acceleration import (
    WanVace14BDepthInputAcceleration,
    check_wan_vace_14b_depth_input_acceleration,
)
from ..models.wan_vace_14b_depth_input_aspect_ratio import (
    WanVace14BDepthInputAspectRatio,
    check_wan_vace_14b_depth_input_aspect_ratio,
)
from ..models.wan_vace_14b_depth_input_interpolator_model import (
    WanVace14BDepthInputInterpolatorModel,
    check_wan_vace_14b_depth_input_interpolator_model,
)
from ..models.wan_vace_14b_depth_input_resolution import (
    WanVace14BDepthInputResolution,
    check_wan_vace_14b_depth_input_resolution,
)
from ..models.wan_vace_14b_depth_input_sampler import (
    WanVace14BDepthInputSampler,
    check_wan_vace_14b_depth_input_sampler,
)
from ..models.wan_vace_14b_depth_input_transparency_mode import (
    WanVace14BDepthInputTransparencyMode,
    check_wan_vace_14b_depth_input_transparency_mode,
)
from ..models.wan_vace_14b_depth_input_video_quality import (
    WanVace14BDepthInputVideoQuality,
    check_wan_vace_14b_depth_input_video_quality,
)
from ..models.wan_vace_14b_depth_input_video_write_mode import (
    WanVace14BDepthInputVideoWriteMode,
    check_wan_vace_14b_depth_input_video_write_mode,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .wan_vace_14b_depth_output import WanVace14BDepthOutput  # noqa: F401


T = TypeVar("T", bound="WanVace14BDepthInput")


@_attrs_define
class WanVace14BDepthInput(FalInput["WanVace14BDepthOutput"], endpoint="fal-ai/wan-vace-14b/depth"):
    """Input of `fal-ai/wan-vace-14b/depth` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript
    types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    prompt: str
    """String."""
    video_url: str
    """URL or local file."""
    acceleration: WanVace14BDepthInputAcceleration | Unset = UNSET
    """One of "none", "low", "regular". Server default: "regular"."""
    aspect_ratio: WanVace14BDepthInputAspectRatio | Unset = UNSET
    """One of "auto", "16:9", "1:1", "9:16". Server default: "auto"."""
    auto_downsample_min_fps: float | Unset = UNSET
    """Number. Server default: 15."""
    enable_auto_downsample: bool | Unset = UNSET
    """Boolean."""
    enable_prompt_expansion: bool | Unset = UNSET
    """Boolean."""
    enable_safety_checker: bool | Unset = UNSET
    """Boolean."""
    first_frame_url: str | Unset = UNSET
    """URL or local file."""
    frames_per_second: float | Unset = UNSET
    """Number. Server default: 16."""
    guidance_scale: float | Unset = UNSET
    """Number. Server default: 5."""
    interpolator_model: WanVace14BDepthInputInterpolatorModel | Unset = UNSET
    """One of "rife", "film". Server default: "film"."""
    last_frame_url: str | Unset = UNSET
    """URL or local file."""
    match_input_frames_per_second: bool | Unset = UNSET
    """Boolean."""
    match_input_num_frames: bool | Unset = UNSET
    """Boolean."""
    negative_prompt: str | Unset = UNSET
    """String. Server default: "letterboxing, borders, black bars, bright colors, overexposed,
    static, blurred details, subtitles, style, artwork, painting, picture, still, overall gray,
    worst quality, low quality, JPEG compression residue, ugly, incomplete, extra fingers,
    poorly drawn hands, poorly drawn faces, deformed, disfigured, malformed limbs, fused
    fingers, still picture, cluttered background, three legs, many people in the background,
    walking backwards"."""
    num_frames: float | Unset = UNSET
    """Number. Server default: 81."""
    num_inference_steps: float | Unset = UNSET
    """Number. Server default: 30."""
    num_interpolated_frames: float | Unset = UNSET
    """Number."""
    preprocess: bool | Unset = UNSET
    """Boolean."""
    ref_image_urls: list[str] | Unset = UNSET
    """List of string."""
    resolution: WanVace14BDepthInputResolution | Unset = UNSET
    """One of "auto", "240p", "360p", "480p", "580p", "720p". Server default: "auto"."""
    return_frames_zip: bool | Unset = UNSET
    """Boolean."""
    sampler: WanVace14BDepthInputSampler | Unset = UNSET
    """One of "unipc", "dpm++", "euler". Server default: "unipc"."""
    seed: float | Unset = UNSET
    """Number."""
    shift: float | Unset = UNSET
    """Number. Server default: 5."""
    sync_mode: bool | Unset = UNSET
    """Boolean."""
    temporal_downsample_factor: float | Unset = UNSET
    """Number."""
    transparency_mode: WanVace14BDepthInputTransparencyMode | Unset = UNSET
    """One of "content_aware", "white", "black". Server default: "content_aware"."""
    video_quality: WanVace14BDepthInputVideoQuality | Unset = UNSET
    """One of "low", "medium", "high", "maximum". Server default: "high"."""
    video_write_mode: WanVace14BDepthInputVideoWriteMode | Unset = UNSET
    """One of "fast", "balanced", "small". Server default: "balanced"."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        video_url = self.video_url

        acceleration: str | Unset = UNSET
        if not isinstance(self.acceleration, Unset):
            acceleration = self.acceleration

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        auto_downsample_min_fps = self.auto_downsample_min_fps

        enable_auto_downsample = self.enable_auto_downsample

        enable_prompt_expansion = self.enable_prompt_expansion

        enable_safety_checker = self.enable_safety_checker

        first_frame_url = self.first_frame_url

        frames_per_second = self.frames_per_second

        guidance_scale = self.guidance_scale

        interpolator_model: str | Unset = UNSET
        if not isinstance(self.interpolator_model, Unset):
            interpolator_model = self.interpolator_model

        last_frame_url = self.last_frame_url

        match_input_frames_per_second = self.match_input_frames_per_second

        match_input_num_frames = self.match_input_num_frames

        negative_prompt = self.negative_prompt

        num_frames = self.num_frames

        num_inference_steps = self.num_inference_steps

        num_interpolated_frames = self.num_interpolated_frames

        preprocess = self.preprocess

        ref_image_urls: list[str] | Unset = UNSET
        if not isinstance(self.ref_image_urls, Unset):
            ref_image_urls = self.ref_image_urls

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        return_frames_zip = self.return_frames_zip

        sampler: str | Unset = UNSET
        if not isinstance(self.sampler, Unset):
            sampler = self.sampler

        seed = self.seed

        shift = self.shift

        sync_mode = self.sync_mode

        temporal_downsample_factor = self.temporal_downsample_factor

        transparency_mode: str | Unset = UNSET
        if not isinstance(self.transparency_mode, Unset):
            transparency_mode = self.transparency_mode

        video_quality: str | Unset = UNSET
        if not isinstance(self.video_quality, Unset):
            video_quality = self.video_quality

        video_write_mode: str | Unset = UNSET
        if not isinstance(self.video_write_mode, Unset):
            video_write_mode = self.video_write_mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
                "video_url": video_url,
            }
        )
        if acceleration is not UNSET:
            field_dict["acceleration"] = acceleration
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if auto_downsample_min_fps is not UNSET:
            field_dict["auto_downsample_min_fps"] = auto_downsample_min_fps
        if enable_auto_downsample is not UNSET:
            field_dict["enable_auto_downsample"] = enable_auto_downsample
        if enable_prompt_expansion is not UNSET:
            field_dict["enable_prompt_expansion"] = enable_prompt_expansion
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker
        if first_frame_url is not UNSET:
            field_dict["first_frame_url"] = first_frame_url
        if frames_per_second is not UNSET:
            field_dict["frames_per_second"] = frames_per_second
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if interpolator_model is not UNSET:
            field_dict["interpolator_model"] = interpolator_model
        if last_frame_url is not UNSET:
            field_dict["last_frame_url"] = last_frame_url
        if match_input_frames_per_second is not UNSET:
            field_dict["match_input_frames_per_second"] = match_input_frames_per_second
        if match_input_num_frames is not UNSET:
            field_dict["match_input_num_frames"] = match_input_num_frames
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if num_frames is not UNSET:
            field_dict["num_frames"] = num_frames
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if num_interpolated_frames is not UNSET:
            field_dict["num_interpolated_frames"] = num_interpolated_frames
        if preprocess is not UNSET:
            field_dict["preprocess"] = preprocess
        if ref_image_urls is not UNSET:
            field_dict["ref_image_urls"] = ref_image_urls
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if return_frames_zip is not UNSET:
            field_dict["return_frames_zip"] = return_frames_zip
        if sampler is not UNSET:
            field_dict["sampler"] = sampler
        if seed is not UNSET:
            field_dict["seed"] = seed
        if shift is not UNSET:
            field_dict["shift"] = shift
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode
        if temporal_downsample_factor is not UNSET:
            field_dict["temporal_downsample_factor"] = temporal_downsample_factor
        if transparency_mode is not UNSET:
            field_dict["transparency_mode"] = transparency_mode
        if video_quality is not UNSET:
            field_dict["video_quality"] = video_quality
        if video_write_mode is not UNSET:
            field_dict["video_write_mode"] = video_write_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        video_url = d.pop("video_url")

        _acceleration = d.pop("acceleration", UNSET)
        acceleration: WanVace14BDepthInputAcceleration | Unset
        if isinstance(_acceleration, Unset):
            acceleration = UNSET
        else:
            acceleration = check_wan_vace_14b_depth_input_acceleration(_acceleration)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: WanVace14BDepthInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_wan_vace_14b_depth_input_aspect_ratio(_aspect_ratio)

        auto_downsample_min_fps = d.pop("auto_downsample_min_fps", UNSET)

        enable_auto_downsample = d.pop("enable_auto_downsample", UNSET)

        enable_prompt_expansion = d.pop("enable_prompt_expansion", UNSET)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        first_frame_url = d.pop("first_frame_url", UNSET)

        frames_per_second = d.pop("frames_per_second", UNSET)

        guidance_scale = d.pop("guidance_scale", UNSET)

        _interpolator_model = d.pop("interpolator_model", UNSET)
        interpolator_model: WanVace14BDepthInputInterpolatorModel | Unset
        if isinstance(_interpolator_model, Unset):
            interpolator_model = UNSET
        else:
            interpolator_model = check_wan_vace_14b_depth_input_interpolator_model(
                _interpolator_model
            )

        last_frame_url = d.pop("last_frame_url", UNSET)

        match_input_frames_per_second = d.pop("match_input_frames_per_second", UNSET)

        match_input_num_frames = d.pop("match_input_num_frames", UNSET)

        negative_prompt = d.pop("negative_prompt", UNSET)

        num_frames = d.pop("num_frames", UNSET)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        num_interpolated_frames = d.pop("num_interpolated_frames", UNSET)

        preprocess = d.pop("preprocess", UNSET)

        ref_image_urls = cast(list[str], d.pop("ref_image_urls", UNSET))

        _resolution = d.pop("resolution", UNSET)
        resolution: WanVace14BDepthInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_wan_vace_14b_depth_input_resolution(_resolution)

        return_frames_zip = d.pop("return_frames_zip", UNSET)

        _sampler = d.pop("sampler", UNSET)
        sampler: WanVace14BDepthInputSampler | Unset
        if isinstance(_sampler, Unset):
            sampler = UNSET
        else:
            sampler = check_wan_vace_14b_depth_input_sampler(_sampler)

        seed = d.pop("seed", UNSET)

        shift = d.pop("shift", UNSET)

        sync_mode = d.pop("sync_mode", UNSET)

        temporal_downsample_factor = d.pop("temporal_downsample_factor", UNSET)

        _transparency_mode = d.pop("transparency_mode", UNSET)
        transparency_mode: WanVace14BDepthInputTransparencyMode | Unset
        if isinstance(_transparency_mode, Unset):
            transparency_mode = UNSET
        else:
            transparency_mode = check_wan_vace_14b_depth_input_transparency_mode(_transparency_mode)

        _video_quality = d.pop("video_quality", UNSET)
        video_quality: WanVace14BDepthInputVideoQuality | Unset
        if isinstance(_video_quality, Unset):
            video_quality = UNSET
        else:
            video_quality = check_wan_vace_14b_depth_input_video_quality(_video_quality)

        _video_write_mode = d.pop("video_write_mode", UNSET)
        video_write_mode: WanVace14BDepthInputVideoWriteMode | Unset
        if isinstance(_video_write_mode, Unset):
            video_write_mode = UNSET
        else:
            video_write_mode = check_wan_vace_14b_depth_input_video_write_mode(_video_write_mode)

        wan_vace_14b_depth_input = cls(
            prompt=prompt,
            video_url=video_url,
            acceleration=acceleration,
            aspect_ratio=aspect_ratio,
            auto_downsample_min_fps=auto_downsample_min_fps,
            enable_auto_downsample=enable_auto_downsample,
            enable_prompt_expansion=enable_prompt_expansion,
            enable_safety_checker=enable_safety_checker,
            first_frame_url=first_frame_url,
            frames_per_second=frames_per_second,
            guidance_scale=guidance_scale,
            interpolator_model=interpolator_model,
            last_frame_url=last_frame_url,
            match_input_frames_per_second=match_input_frames_per_second,
            match_input_num_frames=match_input_num_frames,
            negative_prompt=negative_prompt,
            num_frames=num_frames,
            num_inference_steps=num_inference_steps,
            num_interpolated_frames=num_interpolated_frames,
            preprocess=preprocess,
            ref_image_urls=ref_image_urls,
            resolution=resolution,
            return_frames_zip=return_frames_zip,
            sampler=sampler,
            seed=seed,
            shift=shift,
            sync_mode=sync_mode,
            temporal_downsample_factor=temporal_downsample_factor,
            transparency_mode=transparency_mode,
            video_quality=video_quality,
            video_write_mode=video_write_mode,
        )

        return wan_vace_14b_depth_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.wan_22_vace_fun_a14b_pose_input_acceleration_type_0 import (
    Wan22VaceFunA14BPoseInputAccelerationType0,
    check_wan_22_vace_fun_a14b_pose_input_acceleration_type_0,
)
from ..models.wan_22_vace_fun_a14b_pose_input_aspect_ratio import (
    Wan22VaceFunA14BPoseInputAspectRatio,
    check_wan_22_vace_fun_a14b_pose_input_aspect_ratio,
)
from ..models.wan_22_vace_fun_a14b_pose_input_interpolator_model import (
    Wan22VaceFunA14BPoseInputInterpolatorModel,
    check_wan_22_vace_fun_a14b_pose_input_interpolator_model,
)
from ..models.wan_22_vace_fun_a14b_pose_input_resolution import (
    Wan22VaceFunA14BPoseInputResolution,
    check_wan_22_vace_fun_a14b_pose_input_resolution,
)
from ..models.wan_22_vace_fun_a14b_pose_input_sampler import (
    Wan22VaceFunA14BPoseInputSampler,
    check_wan_22_vace_fun_a14b_pose_input_sampler,
)
from ..models.wan_22_vace_fun_a14b_pose_input_transparency_mode import (
    Wan22VaceFunA14BPoseInputTransparencyMode,
    check_wan_22_vace_fun_a14b_pose_input_transparency_mode,
)
from ..models.wan_22_vace_fun_a14b_pose_input_video_quality import (
    Wan22VaceFunA14BPoseInputVideoQuality,
    check_wan_22_vace_fun_a14b_pose_input_video_quality,
)
from ..models.wan_22_vace_fun_a14b_pose_input_video_write_mode import (
    Wan22VaceFunA14BPoseInputVideoWriteMode,
    check_wan_22_vace_fun_a14b_pose_input_video_write_mode,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .wan_22_vace_fun_a14b_pose_output import Wan22VaceFunA14BPoseOutput  # noqa: F401


T = TypeVar("T", bound="Wan22VaceFunA14BPoseInput")


@_attrs_define
class Wan22VaceFunA14BPoseInput(
    FalInput["Wan22VaceFunA14BPoseOutput"], endpoint="fal-ai/wan-22-vace-fun-a14b/pose"
):
    """Input of `fal-ai/wan-22-vace-fun-a14b/pose` (video-to-video). fal no longer lists this endpoint."""

    prompt: str
    """Prompt: string."""
    video_url: str
    """Video URL: string."""
    negative_prompt: str | Unset = UNSET
    """Negative Prompt: string. Server default: "letterboxing, borders, black bars, bright colors,
    overexposed, static, blurred details, subtitles, style, artwork, painting, picture, still,
    overall gray, worst quality, low quality, JPEG compression residue, ugly, incomplete, extra
    fingers, poorly drawn hands, poorly drawn faces, deformed, disfigured, malformed limbs,
    fused fingers, still picture, cluttered background, three legs, many people in the
    background, walking backwards"."""
    match_input_num_frames: bool | Unset = UNSET
    """Match Input Number of Frames: boolean. Server default: false."""
    num_frames: int | Unset = UNSET
    """Number of Frames: integer, 17 to 241. Server default: 81."""
    match_input_frames_per_second: bool | Unset = UNSET
    """Match Input Frames Per Second: boolean. Server default: false."""
    frames_per_second: int | None | Unset = UNSET
    """Frames per Second: integer or None, 5 to 30. Server default: 16."""
    seed: int | None | Unset = UNSET
    """Seed: integer or None."""
    resolution: Wan22VaceFunA14BPoseInputResolution | Unset = UNSET
    """Resolution: one of "auto", "240p", "360p", "480p", "580p", "720p". Server default: "auto"."""
    aspect_ratio: Wan22VaceFunA14BPoseInputAspectRatio | Unset = UNSET
    """Aspect Ratio: one of "auto", "16:9", "1:1", "9:16". Server default: "auto"."""
    num_inference_steps: int | Unset = UNSET
    """Number of Inference Steps: integer, 2 to 50. Server default: 30."""
    guidance_scale: float | Unset = UNSET
    """Guidance Scale: number, 1 to 10. Server default: 5."""
    sampler: Wan22VaceFunA14BPoseInputSampler | Unset = UNSET
    """Sampler: one of "unipc", "dpm++", "euler". Server default: "unipc"."""
    shift: float | Unset = UNSET
    """Shift: number, 1 to 15. Server default: 5."""
    ref_image_urls: list[str] | Unset = UNSET
    """Reference Image URLs: list of string."""
    first_frame_url: None | str | Unset = UNSET
    """First Frame URL: string or None."""
    last_frame_url: None | str | Unset = UNSET
    """Last Frame URL: string or None."""
    enable_safety_checker: bool | Unset = UNSET
    """Enable Safety Checker: boolean. Server default: false."""
    enable_prompt_expansion: bool | Unset = UNSET
    """Enable Prompt Expansion: boolean. Server default: false."""
    preprocess: bool | Unset = UNSET
    """Preprocess: boolean. Server default: false."""
    acceleration: None | Unset | Wan22VaceFunA14BPoseInputAccelerationType0 = UNSET
    """Acceleration: one of "none", "low", "regular" or None. Server default: "regular"."""
    video_quality: Wan22VaceFunA14BPoseInputVideoQuality | Unset = UNSET
    """Video Quality: one of "low", "medium", "high", "maximum". Server default: "high"."""
    video_write_mode: Wan22VaceFunA14BPoseInputVideoWriteMode | Unset = UNSET
    """Video Write Mode: one of "fast", "balanced", "small". Server default: "balanced"."""
    num_interpolated_frames: int | Unset = UNSET
    """Number of Interpolated Frames: integer, 0 to 5. Server default: 0."""
    temporal_downsample_factor: int | Unset = UNSET
    """Temporal Downsample Factor: integer, 0 to 5. Server default: 0."""
    enable_auto_downsample: bool | Unset = UNSET
    """Enable Auto Downsample: boolean. Server default: false."""
    auto_downsample_min_fps: float | Unset = UNSET
    """Auto Downsample Min FPS: number, 1 to 60. Server default: 15."""
    interpolator_model: Wan22VaceFunA14BPoseInputInterpolatorModel | Unset = UNSET
    """Interpolator Model: one of "rife", "film". Server default: "film"."""
    sync_mode: bool | Unset = UNSET
    """Sync Mode: boolean. Server default: false."""
    transparency_mode: Wan22VaceFunA14BPoseInputTransparencyMode | Unset = UNSET
    """Transparency Mode: one of "content_aware", "white", "black". Server default:
    "content_aware"."""
    return_frames_zip: bool | Unset = UNSET
    """Return Frames Zip: boolean. Server default: false."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        video_url = self.video_url

        negative_prompt = self.negative_prompt

        match_input_num_frames = self.match_input_num_frames

        num_frames = self.num_frames

        match_input_frames_per_second = self.match_input_frames_per_second

        frames_per_second: int | None | Unset
        if isinstance(self.frames_per_second, Unset):
            frames_per_second = UNSET
        else:
            frames_per_second = self.frames_per_second

        seed: int | None | Unset
        if isinstance(self.seed, Unset):
            seed = UNSET
        else:
            seed = self.seed

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        num_inference_steps = self.num_inference_steps

        guidance_scale = self.guidance_scale

        sampler: str | Unset = UNSET
        if not isinstance(self.sampler, Unset):
            sampler = self.sampler

        shift = self.shift

        ref_image_urls: list[str] | Unset = UNSET
        if not isinstance(self.ref_image_urls, Unset):
            ref_image_urls = self.ref_image_urls

        first_frame_url: None | str | Unset
        if isinstance(self.first_frame_url, Unset):
            first_frame_url = UNSET
        else:
            first_frame_url = self.first_frame_url

        last_frame_url: None | str | Unset
        if isinstance(self.last_frame_url, Unset):
            last_frame_url = UNSET
        else:
            last_frame_url = self.last_frame_url

        enable_safety_checker = self.enable_safety_checker

        enable_prompt_expansion = self.enable_prompt_expansion

        preprocess = self.preprocess

        acceleration: None | str | Unset
        if isinstance(self.acceleration, Unset):
            acceleration = UNSET
        elif isinstance(self.acceleration, str):
            acceleration = self.acceleration
        else:
            acceleration = self.acceleration

        video_quality: str | Unset = UNSET
        if not isinstance(self.video_quality, Unset):
            video_quality = self.video_quality

        video_write_mode: str | Unset = UNSET
        if not isinstance(self.video_write_mode, Unset):
            video_write_mode = self.video_write_mode

        num_interpolated_frames = self.num_interpolated_frames

        temporal_downsample_factor = self.temporal_downsample_factor

        enable_auto_downsample = self.enable_auto_downsample

        auto_downsample_min_fps = self.auto_downsample_min_fps

        interpolator_model: str | Unset = UNSET
        if not isinstance(self.interpolator_model, Unset):
            interpolator_model = self.interpolator_model

        sync_mode = self.sync_mode

        transparency_mode: str | Unset = UNSET
        if not isinstance(self.transparency_mode, Unset):
            transparency_mode = self.transparency_mode

        return_frames_zip = self.return_frames_zip

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
                "video_url": video_url,
            }
        )
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if match_input_num_frames is not UNSET:
            field_dict["match_input_num_frames"] = match_input_num_frames
        if num_frames is not UNSET:
            field_dict["num_frames"] = num_frames
        if match_input_frames_per_second is not UNSET:
            field_dict["match_input_frames_per_second"] = match_input_frames_per_second
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
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if sampler is not UNSET:
            field_dict["sampler"] = sampler
        if shift is not UNSET:
            field_dict["shift"] = shift
        if ref_image_urls is not UNSET:
            field_dict["ref_image_urls"] = ref_image_urls
        if first_frame_url is not UNSET:
            field_dict["first_frame_url"] = first_frame_url
        if last_frame_url is not UNSET:
            field_dict["last_frame_url"] = last_frame_url
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker
        if enable_prompt_expansion is not UNSET:
            field_dict["enable_prompt_expansion"] = enable_prompt_expansion
        if preprocess is not UNSET:
            field_dict["preprocess"] = preprocess
        if acceleration is not UNSET:
            field_dict["acceleration"] = acceleration
        if video_quality is not UNSET:
            field_dict["video_quality"] = video_quality
        if video_write_mode is not UNSET:
            field_dict["video_write_mode"] = video_write_mode
        if num_interpolated_frames is not UNSET:
            field_dict["num_interpolated_frames"] = num_interpolated_frames
        if temporal_downsample_factor is not UNSET:
            field_dict["temporal_downsample_factor"] = temporal_downsample_factor
        if enable_auto_downsample is not UNSET:
            field_dict["enable_auto_downsample"] = enable_auto_downsample
        if auto_downsample_min_fps is not UNSET:
            field_dict["auto_downsample_min_fps"] = auto_downsample_min_fps
        if interpolator_model is not UNSET:
            field_dict["interpolator_model"] = interpolator_model
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode
        if transparency_mode is not UNSET:
            field_dict["transparency_mode"] = transparency_mode
        if return_frames_zip is not UNSET:
            field_dict["return_frames_zip"] = return_frames_zip

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        video_url = d.pop("video_url")

        negative_prompt = d.pop("negative_prompt", UNSET)

        match_input_num_frames = d.pop("match_input_num_frames", UNSET)

        num_frames = d.pop("num_frames", UNSET)

        match_input_frames_per_second = d.pop("match_input_frames_per_second", UNSET)

        def _parse_frames_per_second(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        frames_per_second = _parse_frames_per_second(d.pop("frames_per_second", UNSET))

        def _parse_seed(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        seed = _parse_seed(d.pop("seed", UNSET))

        _resolution = d.pop("resolution", UNSET)
        resolution: Wan22VaceFunA14BPoseInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_wan_22_vace_fun_a14b_pose_input_resolution(_resolution)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: Wan22VaceFunA14BPoseInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_wan_22_vace_fun_a14b_pose_input_aspect_ratio(_aspect_ratio)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        guidance_scale = d.pop("guidance_scale", UNSET)

        _sampler = d.pop("sampler", UNSET)
        sampler: Wan22VaceFunA14BPoseInputSampler | Unset
        if isinstance(_sampler, Unset):
            sampler = UNSET
        else:
            sampler = check_wan_22_vace_fun_a14b_pose_input_sampler(_sampler)

        shift = d.pop("shift", UNSET)

        ref_image_urls = cast(list[str], d.pop("ref_image_urls", UNSET))

        def _parse_first_frame_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        first_frame_url = _parse_first_frame_url(d.pop("first_frame_url", UNSET))

        def _parse_last_frame_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_frame_url = _parse_last_frame_url(d.pop("last_frame_url", UNSET))

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        enable_prompt_expansion = d.pop("enable_prompt_expansion", UNSET)

        preprocess = d.pop("preprocess", UNSET)

        def _parse_acceleration(
            data: object,
        ) -> None | Unset | Wan22VaceFunA14BPoseInputAccelerationType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                acceleration_type_0 = check_wan_22_vace_fun_a14b_pose_input_acceleration_type_0(
                    data
                )

                return acceleration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | Wan22VaceFunA14BPoseInputAccelerationType0, data)

        acceleration = _parse_acceleration(d.pop("acceleration", UNSET))

        _video_quality = d.pop("video_quality", UNSET)
        video_quality: Wan22VaceFunA14BPoseInputVideoQuality | Unset
        if isinstance(_video_quality, Unset):
            video_quality = UNSET
        else:
            video_quality = check_wan_22_vace_fun_a14b_pose_input_video_quality(_video_quality)

        _video_write_mode = d.pop("video_write_mode", UNSET)
        video_write_mode: Wan22VaceFunA14BPoseInputVideoWriteMode | Unset
        if isinstance(_video_write_mode, Unset):
            video_write_mode = UNSET
        else:
            video_write_mode = check_wan_22_vace_fun_a14b_pose_input_video_write_mode(
                _video_write_mode
            )

        num_interpolated_frames = d.pop("num_interpolated_frames", UNSET)

        temporal_downsample_factor = d.pop("temporal_downsample_factor", UNSET)

        enable_auto_downsample = d.pop("enable_auto_downsample", UNSET)

        auto_downsample_min_fps = d.pop("auto_downsample_min_fps", UNSET)

        _interpolator_model = d.pop("interpolator_model", UNSET)
        interpolator_model: Wan22VaceFunA14BPoseInputInterpolatorModel | Unset
        if isinstance(_interpolator_model, Unset):
            interpolator_model = UNSET
        else:
            interpolator_model = check_wan_22_vace_fun_a14b_pose_input_interpolator_model(
                _interpolator_model
            )

        sync_mode = d.pop("sync_mode", UNSET)

        _transparency_mode = d.pop("transparency_mode", UNSET)
        transparency_mode: Wan22VaceFunA14BPoseInputTransparencyMode | Unset
        if isinstance(_transparency_mode, Unset):
            transparency_mode = UNSET
        else:
            transparency_mode = check_wan_22_vace_fun_a14b_pose_input_transparency_mode(
                _transparency_mode
            )

        return_frames_zip = d.pop("return_frames_zip", UNSET)

        wan_22_vace_fun_a14b_pose_input = cls(
            prompt=prompt,
            video_url=video_url,
            negative_prompt=negative_prompt,
            match_input_num_frames=match_input_num_frames,
            num_frames=num_frames,
            match_input_frames_per_second=match_input_frames_per_second,
            frames_per_second=frames_per_second,
            seed=seed,
            resolution=resolution,
            aspect_ratio=aspect_ratio,
            num_inference_steps=num_inference_steps,
            guidance_scale=guidance_scale,
            sampler=sampler,
            shift=shift,
            ref_image_urls=ref_image_urls,
            first_frame_url=first_frame_url,
            last_frame_url=last_frame_url,
            enable_safety_checker=enable_safety_checker,
            enable_prompt_expansion=enable_prompt_expansion,
            preprocess=preprocess,
            acceleration=acceleration,
            video_quality=video_quality,
            video_write_mode=video_write_mode,
            num_interpolated_frames=num_interpolated_frames,
            temporal_downsample_factor=temporal_downsample_factor,
            enable_auto_downsample=enable_auto_downsample,
            auto_downsample_min_fps=auto_downsample_min_fps,
            interpolator_model=interpolator_model,
            sync_mode=sync_mode,
            transparency_mode=transparency_mode,
            return_frames_zip=return_frames_zip,
        )

        return wan_22_vace_fun_a14b_pose_input

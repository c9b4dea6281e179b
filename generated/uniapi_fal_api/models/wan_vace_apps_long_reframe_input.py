from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.wan_vace_apps_long_reframe_input_acceleration import (
    WanVaceAppsLongReframeInputAcceleration,
    check_wan_vace_apps_long_reframe_input_acceleration,
)
from ..models.wan_vace_apps_long_reframe_input_aspect_ratio import (
    WanVaceAppsLongReframeInputAspectRatio,
    check_wan_vace_apps_long_reframe_input_aspect_ratio,
)
from ..models.wan_vace_apps_long_reframe_input_interpolator_model import (
    WanVaceAppsLongReframeInputInterpolatorModel,
    check_wan_vace_apps_long_reframe_input_interpolator_model,
)
from ..models.wan_vace_apps_long_reframe_input_resolution import (
    WanVaceAppsLongReframeInputResolution,
    check_wan_vace_apps_long_reframe_input_resolution,
)
from ..models.wan_vace_apps_long_reframe_input_sampler import (
    WanVaceAppsLongReframeInputSampler,
    check_wan_vace_apps_long_reframe_input_sampler,
)
from ..models.wan_vace_apps_long_reframe_input_transparency_mode import (
    WanVaceAppsLongReframeInputTransparencyMode,
    check_wan_vace_apps_long_reframe_input_transparency_mode,
)
from ..models.wan_vace_apps_long_reframe_input_video_quality import (
    WanVaceAppsLongReframeInputVideoQuality,
    check_wan_vace_apps_long_reframe_input_video_quality,
)
from ..models.wan_vace_apps_long_reframe_input_video_write_mode import (
    WanVaceAppsLongReframeInputVideoWriteMode,
    check_wan_vace_apps_long_reframe_input_video_write_mode,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .wan_vace_apps_long_reframe_output import WanVaceAppsLongReframeOutput  # noqa: F401


T = TypeVar("T", bound="WanVaceAppsLongReframeInput")


@_attrs_define
class WanVaceAppsLongReframeInput(
    FalInput["WanVaceAppsLongReframeOutput"], endpoint="fal-ai/wan-vace-apps/long-reframe"
):
    """Input of `fal-ai/wan-vace-apps/long-reframe` (video-to-video)."""

    video_url: str
    """Video URL: string."""
    prompt: str | Unset = UNSET
    """Prompt: string. Server default: ""."""
    negative_prompt: str | Unset = UNSET
    """Negative Prompt: string. Server default: "letterboxing, borders, black bars, bright colors,
    overexposed, static, blurred details, subtitles, style, artwork, painting, picture, still,
    overall gray, worst quality, low quality, JPEG compression residue, ugly, incomplete, extra
    fingers, poorly drawn hands, poorly drawn faces, deformed, disfigured, malformed limbs,
    fused fingers, still picture, cluttered background, three legs, many people in the
    background, walking backwards"."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    resolution: WanVaceAppsLongReframeInputResolution | Unset = UNSET
    """Resolution: one of "auto", "240p", "360p", "480p", "580p", "720p". Server default: "auto"."""
    aspect_ratio: WanVaceAppsLongReframeInputAspectRatio | Unset = UNSET
    """Aspect Ratio: one of "auto", "16:9", "1:1", "9:16". Server default: "auto"."""
    num_inference_steps: int | Unset = UNSET
    """Number of Inference Steps: integer, 2 to 50. Server default: 30."""
    guidance_scale: float | Unset = UNSET
    """Guidance Scale: number, 1 to 10. Server default: 5."""
    sampler: WanVaceAppsLongReframeInputSampler | Unset = UNSET
    """Sampler: one of "unipc", "dpm++", "euler". Server default: "unipc"."""
    shift: float | Unset = UNSET
    """Shift: number, 1 to 15. Server default: 5."""
    enable_safety_checker: bool | Unset = UNSET
    """Enable Safety Checker: boolean. Server default: false."""
    acceleration: WanVaceAppsLongReframeInputAcceleration | Unset = UNSET
    """Acceleration: one of "none", "low", "regular". Server default: "regular"."""
    video_quality: WanVaceAppsLongReframeInputVideoQuality | Unset = UNSET
    """Video Quality: one of "low", "medium", "high", "maximum". Server default: "high"."""
    video_write_mode: WanVaceAppsLongReframeInputVideoWriteMode | Unset = UNSET
    """Video Write Mode: one of "fast", "balanced", "small". Server default: "balanced"."""
    enable_auto_downsample: bool | Unset = UNSET
    """Enable Auto Downsample: boolean. Server default: true."""
    auto_downsample_min_fps: float | Unset = UNSET
    """Auto Downsample Min Fps: number, 1 to 60. Server default: 6."""
    interpolator_model: WanVaceAppsLongReframeInputInterpolatorModel | Unset = UNSET
    """Interpolator Model: one of "rife", "film". Server default: "film"."""
    sync_mode: bool | Unset = UNSET
    """Sync Mode: boolean. Server default: false."""
    transparency_mode: WanVaceAppsLongReframeInputTransparencyMode | Unset = UNSET
    """Transparency Mode: one of "content_aware", "white", "black". Server default:
    "content_aware"."""
    return_frames_zip: bool | Unset = UNSET
    """Return Frames Zip: boolean. Server default: false."""
    zoom_factor: float | Unset = UNSET
    """Zoom Factor: number, 0 to 0.9. Server default: 0."""
    trim_borders: bool | Unset = UNSET
    """Trim Borders: boolean. Server default: true."""
    scene_threshold: float | Unset = UNSET
    """Scene Threshold: number, 0 to 100. Server default: 30."""
    paste_back: bool | Unset = UNSET
    """Paste Back: boolean. Server default: true."""

    def to_dict(self) -> dict[str, Any]:
        video_url = self.video_url

        prompt = self.prompt

        negative_prompt = self.negative_prompt

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

        enable_safety_checker = self.enable_safety_checker

        acceleration: str | Unset = UNSET
        if not isinstance(self.acceleration, Unset):
            acceleration = self.acceleration

        video_quality: str | Unset = UNSET
        if not isinstance(self.video_quality, Unset):
            video_quality = self.video_quality

        video_write_mode: str | Unset = UNSET
        if not isinstance(self.video_write_mode, Unset):
            video_write_mode = self.video_write_mode

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

        zoom_factor = self.zoom_factor

        trim_borders = self.trim_borders

        scene_threshold = self.scene_threshold

        paste_back = self.paste_back

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "video_url": video_url,
            }
        )
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
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
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker
        if acceleration is not UNSET:
            field_dict["acceleration"] = acceleration
        if video_quality is not UNSET:
            field_dict["video_quality"] = video_quality
        if video_write_mode is not UNSET:
            field_dict["video_write_mode"] = video_write_mode
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
        if zoom_factor is not UNSET:
            field_dict["zoom_factor"] = zoom_factor
        if trim_borders is not UNSET:
            field_dict["trim_borders"] = trim_borders
        if scene_threshold is not UNSET:
            field_dict["scene_threshold"] = scene_threshold
        if paste_back is not UNSET:
            field_dict["paste_back"] = paste_back

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        video_url = d.pop("video_url")

        prompt = d.pop("prompt", UNSET)

        negative_prompt = d.pop("negative_prompt", UNSET)

        seed = d.pop("seed", UNSET)

        _resolution = d.pop("resolution", UNSET)
        resolution: WanVaceAppsLongReframeInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_wan_vace_apps_long_reframe_input_resolution(_resolution)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: WanVaceAppsLongReframeInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_wan_vace_apps_long_reframe_input_aspect_ratio(_aspect_ratio)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        guidance_scale = d.pop("guidance_scale", UNSET)

        _sampler = d.pop("sampler", UNSET)
        sampler: WanVaceAppsLongReframeInputSampler | Unset
        if isinstance(_sampler, Unset):
            sampler = UNSET
        else:
            sampler = check_wan_vace_apps_long_reframe_input_sampler(_sampler)

        shift = d.pop("shift", UNSET)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        _acceleration = d.pop("acceleration", UNSET)
        acceleration: WanVaceAppsLongReframeInputAcceleration | Unset
        if isinstance(_acceleration, Unset):
            acceleration = UNSET
        else:
            acceleration = check_wan_vace_apps_long_reframe_input_acceleration(_acceleration)

        _video_quality = d.pop("video_quality", UNSET)
        video_quality: WanVaceAppsLongReframeInputVideoQuality | Unset
        if isinstance(_video_quality, Unset):
            video_quality = UNSET
        else:
            video_quality = check_wan_vace_apps_long_reframe_input_video_quality(_video_quality)

        _video_write_mode = d.pop("video_write_mode", UNSET)
        video_write_mode: WanVaceAppsLongReframeInputVideoWriteMode | Unset
        if isinstance(_video_write_mode, Unset):
            video_write_mode = UNSET
        else:
            video_write_mode = check_wan_vace_apps_long_reframe_input_video_write_mode(
                _video_write_mode
            )

        enable_auto_downsample = d.pop("enable_auto_downsample", UNSET)

        auto_downsample_min_fps = d.pop("auto_downsample_min_fps", UNSET)

        _interpolator_model = d.pop("interpolator_model", UNSET)
        interpolator_model: WanVaceAppsLongReframeInputInterpolatorModel | Unset
        if isinstance(_interpolator_model, Unset):
            interpolator_model = UNSET
        else:
            interpolator_model = check_wan_vace_apps_long_reframe_input_interpolator_model(
                _interpolator_model
            )

        sync_mode = d.pop("sync_mode", UNSET)

        _transparency_mode = d.pop("transparency_mode", UNSET)
        transparency_mode: WanVaceAppsLongReframeInputTransparencyMode | Unset
        if isinstance(_transparency_mode, Unset):
            transparency_mode = UNSET
        else:
            transparency_mode = check_wan_vace_apps_long_reframe_input_transparency_mode(
                _transparency_mode
            )

        return_frames_zip = d.pop("return_frames_zip", UNSET)

        zoom_factor = d.pop("zoom_factor", UNSET)

        trim_borders = d.pop("trim_borders", UNSET)

        scene_threshold = d.pop("scene_threshold", UNSET)

        paste_back = d.pop("paste_back", UNSET)

        wan_vace_apps_long_reframe_input = cls(
            video_url=video_url,
            prompt=prompt,
            negative_prompt=negative_prompt,
            seed=seed,
            resolution=resolution,
            aspect_ratio=aspect_ratio,
            num_inference_steps=num_inference_steps,
            guidance_scale=guidance_scale,
            sampler=sampler,
            shift=shift,
            enable_safety_checker=enable_safety_checker,
            acceleration=acceleration,
            video_quality=video_quality,
            video_write_mode=video_write_mode,
            enable_auto_downsample=enable_auto_downsample,
            auto_downsample_min_fps=auto_downsample_min_fps,
            interpolator_model=interpolator_model,
            sync_mode=sync_mode,
            transparency_mode=transparency_mode,
            return_frames_zip=return_frames_zip,
            zoom_factor=zoom_factor,
            trim_borders=trim_borders,
            scene_threshold=scene_threshold,
            paste_back=paste_back,
        )

        return wan_vace_apps_long_reframe_input

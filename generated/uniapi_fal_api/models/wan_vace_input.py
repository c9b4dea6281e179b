from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.wan_vace_input_aspect_ratio import (
    WanVaceInputAspectRatio,
    check_wan_vace_input_aspect_ratio,
)
from ..models.wan_vace_input_resolution import (
    WanVaceInputResolution,
    check_wan_vace_input_resolution,
)
from ..models.wan_vace_input_task import WanVaceInputTask, check_wan_vace_input_task
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .wan_vace_output import WanVaceOutput  # noqa: F401


T = TypeVar("T", bound="WanVaceInput")


@_attrs_define
class WanVaceInput(FalInput["WanVaceOutput"], endpoint="fal-ai/wan-vace"):
    """Input of `fal-ai/wan-vace` (video-to-video). fal no longer lists this endpoint."""

    prompt: str
    """Prompt: string."""
    negative_prompt: str | Unset = UNSET
    """Negative Prompt: string. Server default: "bright colors, overexposed, static, blurred
    details, subtitles, style, artwork, painting, picture, still, overall gray, worst quality,
    low quality, JPEG compression residue, ugly, incomplete, extra fingers, poorly drawn hands,
    poorly drawn faces, deformed, disfigured, malformed limbs, fused fingers, still picture,
    cluttered background, three legs, many people in the background, walking backwards"."""
    num_frames: int | Unset = UNSET
    """Num Frames: integer, 81 to 240. Server default: 81."""
    frames_per_second: int | Unset = UNSET
    """Frames Per Second: integer, 5 to 24. Server default: 16."""
    task: WanVaceInputTask | Unset = UNSET
    """Task: one of "depth", "inpainting". Server default: "depth"."""
    shift: float | Unset = UNSET
    """Shift: number, 1 to 10. Server default: 5."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    resolution: WanVaceInputResolution | Unset = UNSET
    """Resolution: one of "480p", "580p", "720p". Server default: "720p"."""
    aspect_ratio: WanVaceInputAspectRatio | Unset = UNSET
    """Aspect Ratio: one of "auto", "9:16", "16:9". Server default: "16:9"."""
    num_inference_steps: int | Unset = UNSET
    """Num Inference Steps: integer, 2 to 40. Server default: 30."""
    video_url: str | Unset = UNSET
    """Video Url: string."""
    mask_video_url: str | Unset = UNSET
    """Mask Video Url: string."""
    mask_image_url: str | Unset = UNSET
    """Mask Image Url: string."""
    ref_image_urls: list[str] | Unset = UNSET
    """Ref Image Urls: list of string."""
    enable_safety_checker: bool | Unset = UNSET
    """Enable Safety Checker: boolean. Server default: false."""
    enable_prompt_expansion: bool | Unset = UNSET
    """Enable Prompt Expansion: boolean. Server default: false."""
    preprocess: bool | Unset = UNSET
    """Preprocess: boolean. Server default: false."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        negative_prompt = self.negative_prompt

        num_frames = self.num_frames

        frames_per_second = self.frames_per_second

        task: str | Unset = UNSET
        if not isinstance(self.task, Unset):
            task = self.task

        shift = self.shift

        seed = self.seed

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        num_inference_steps = self.num_inference_steps

        video_url = self.video_url

        mask_video_url = self.mask_video_url

        mask_image_url = self.mask_image_url

        ref_image_urls: list[str] | Unset = UNSET
        if not isinstance(self.ref_image_urls, Unset):
            ref_image_urls = self.ref_image_urls

        enable_safety_checker = self.enable_safety_checker

        enable_prompt_expansion = self.enable_prompt_expansion

        preprocess = self.preprocess

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
        if task is not UNSET:
            field_dict["task"] = task
        if shift is not UNSET:
            field_dict["shift"] = shift
        if seed is not UNSET:
            field_dict["seed"] = seed
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if video_url is not UNSET:
            field_dict["video_url"] = video_url
        if mask_video_url is not UNSET:
            field_dict["mask_video_url"] = mask_video_url
        if mask_image_url is not UNSET:
            field_dict["mask_image_url"] = mask_image_url
        if ref_image_urls is not UNSET:
            field_dict["ref_image_urls"] = ref_image_urls
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker
        if enable_prompt_expansion is not UNSET:
            field_dict["enable_prompt_expansion"] = enable_prompt_expansion
        if preprocess is not UNSET:
            field_dict["preprocess"] = preprocess

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        negative_prompt = d.pop("negative_prompt", UNSET)

        num_frames = d.pop("num_frames", UNSET)

        frames_per_second = d.pop("frames_per_second", UNSET)

        _task = d.pop("task", UNSET)
        task: WanVaceInputTask | Unset
        if isinstance(_task, Unset):
            task = UNSET
        else:
            task = check_wan_vace_input_task(_task)

        shift = d.pop("shift", UNSET)

        seed = d.pop("seed", UNSET)

        _resolution = d.pop("resolution", UNSET)
        resolution: WanVaceInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_wan_vace_input_resolution(_resolution)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: WanVaceInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_wan_vace_input_aspect_ratio(_aspect_ratio)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        video_url = d.pop("video_url", UNSET)

        mask_video_url = d.pop("mask_video_url", UNSET)

        mask_image_url = d.pop("mask_image_url", UNSET)

        ref_image_urls = cast(list[str], d.pop("ref_image_urls", UNSET))

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        enable_prompt_expansion = d.pop("enable_prompt_expansion", UNSET)

        preprocess = d.pop("preprocess", UNSET)

        wan_vace_input = cls(
            prompt=prompt,
            negative_prompt=negative_prompt,
            num_frames=num_frames,
            frames_per_second=frames_per_second,
            task=task,
            shift=shift,
            seed=seed,
            resolution=resolution,
            aspect_ratio=aspect_ratio,
            num_inference_steps=num_inference_steps,
            video_url=video_url,
            mask_video_url=mask_video_url,
            mask_image_url=mask_image_url,
            ref_image_urls=ref_image_urls,
            enable_safety_checker=enable_safety_checker,
            enable_prompt_expansion=enable_prompt_expansion,
            preprocess=preprocess,
        )

        return wan_vace_input

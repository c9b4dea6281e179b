from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.hunyuan_video_video_to_video_input_aspect_ratio import (
    HunyuanVideoVideoToVideoInputAspectRatio,
    check_hunyuan_video_video_to_video_input_aspect_ratio,
)
from ..models.hunyuan_video_video_to_video_input_num_frames import (
    HunyuanVideoVideoToVideoInputNumFrames,
    check_hunyuan_video_video_to_video_input_num_frames,
)
from ..models.hunyuan_video_video_to_video_input_resolution import (
    HunyuanVideoVideoToVideoInputResolution,
    check_hunyuan_video_video_to_video_input_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .hunyuan_video_video_to_video_output import HunyuanVideoVideoToVideoOutput  # noqa: F401


T = TypeVar("T", bound="HunyuanVideoVideoToVideoInput")


@_attrs_define
class HunyuanVideoVideoToVideoInput(
    FalInput["HunyuanVideoVideoToVideoOutput"], endpoint="fal-ai/hunyuan-video/video-to-video"
):
    """Input of `fal-ai/hunyuan-video/video-to-video` (video-to-video)."""

    prompt: str
    """Prompt: string."""
    video_url: str
    """Video Url: string."""
    num_inference_steps: int | Unset = UNSET
    """Num Inference Steps: integer, 2 to 30. Server default: 30."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    pro_mode: bool | Unset = UNSET
    """Pro Mode: boolean. Server default: false."""
    aspect_ratio: HunyuanVideoVideoToVideoInputAspectRatio | Unset = UNSET
    """Aspect Ratio (W:H): one of "16:9", "9:16". Server default: "16:9"."""
    resolution: HunyuanVideoVideoToVideoInputResolution | Unset = UNSET
    """Resolution: one of "480p", "580p", "720p". Server default: "720p"."""
    num_frames: HunyuanVideoVideoToVideoInputNumFrames | Unset = UNSET
    """Number of Frames: one of "129", "85"."""
    enable_safety_checker: bool | Unset = UNSET
    """Enable Safety Checker: boolean. Server default: false."""
    strength: float | Unset = UNSET
    """Strength: number, 0.01 to 1. Server default: 0.85."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        video_url = self.video_url

        num_inference_steps = self.num_inference_steps

        seed = self.seed

        pro_mode = self.pro_mode

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        num_frames: str | Unset = UNSET
        if not isinstance(self.num_frames, Unset):
            num_frames = self.num_frames

        enable_safety_checker = self.enable_safety_checker

        strength = self.strength

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
                "video_url": video_url,
            }
        )
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if seed is not UNSET:
            field_dict["seed"] = seed
        if pro_mode is not UNSET:
            field_dict["pro_mode"] = pro_mode
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if num_frames is not UNSET:
            field_dict["num_frames"] = num_frames
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker
        if strength is not UNSET:
            field_dict["strength"] = strength

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        video_url = d.pop("video_url")

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        seed = d.pop("seed", UNSET)

        pro_mode = d.pop("pro_mode", UNSET)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: HunyuanVideoVideoToVideoInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_hunyuan_video_video_to_video_input_aspect_ratio(_aspect_ratio)

        _resolution = d.pop("resolution", UNSET)
        resolution: HunyuanVideoVideoToVideoInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_hunyuan_video_video_to_video_input_resolution(_resolution)

        _num_frames = d.pop("num_frames", UNSET)
        num_frames: HunyuanVideoVideoToVideoInputNumFrames | Unset
        if isinstance(_num_frames, Unset):
            num_frames = UNSET
        else:
            num_frames = check_hunyuan_video_video_to_video_input_num_frames(_num_frames)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        strength = d.pop("strength", UNSET)

        hunyuan_video_video_to_video_input = cls(
            prompt=prompt,
            video_url=video_url,
            num_inference_steps=num_inference_steps,
            seed=seed,
            pro_mode=pro_mode,
            aspect_ratio=aspect_ratio,
            resolution=resolution,
            num_frames=num_frames,
            enable_safety_checker=enable_safety_checker,
            strength=strength,
        )

        return hunyuan_video_video_to_video_input

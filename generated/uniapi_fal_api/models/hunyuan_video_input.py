from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.hunyuan_video_input_aspect_ratio import (
    HunyuanVideoInputAspectRatio,
    check_hunyuan_video_input_aspect_ratio,
)
from ..models.hunyuan_video_input_num_frames import (
    HunyuanVideoInputNumFrames,
    check_hunyuan_video_input_num_frames,
)
from ..models.hunyuan_video_input_resolution import (
    HunyuanVideoInputResolution,
    check_hunyuan_video_input_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .hunyuan_video_output import HunyuanVideoOutput  # noqa: F401


T = TypeVar("T", bound="HunyuanVideoInput")


@_attrs_define
class HunyuanVideoInput(FalInput["HunyuanVideoOutput"], endpoint="fal-ai/hunyuan-video"):
    """Input of `fal-ai/hunyuan-video` (text-to-video)."""

    prompt: str
    """Prompt: string."""
    num_inference_steps: int | Unset = UNSET
    """Num Inference Steps: integer, 2 to 30. Server default: 30."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    pro_mode: bool | Unset = UNSET
    """Pro Mode: boolean. Server default: false."""
    aspect_ratio: HunyuanVideoInputAspectRatio | Unset = UNSET
    """Aspect Ratio (W:H): one of "16:9", "9:16". Server default: "16:9"."""
    resolution: HunyuanVideoInputResolution | Unset = UNSET
    """Resolution: one of "480p", "580p", "720p". Server default: "720p"."""
    num_frames: HunyuanVideoInputNumFrames | Unset = UNSET
    """Number of Frames: one of "129", "85"."""
    enable_safety_checker: bool | Unset = UNSET
    """Enable Safety Checker: boolean. Server default: false."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

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

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        seed = d.pop("seed", UNSET)

        pro_mode = d.pop("pro_mode", UNSET)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: HunyuanVideoInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_hunyuan_video_input_aspect_ratio(_aspect_ratio)

        _resolution = d.pop("resolution", UNSET)
        resolution: HunyuanVideoInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_hunyuan_video_input_resolution(_resolution)

        _num_frames = d.pop("num_frames", UNSET)
        num_frames: HunyuanVideoInputNumFrames | Unset
        if isinstance(_num_frames, Unset):
            num_frames = UNSET
        else:
            num_frames = check_hunyuan_video_input_num_frames(_num_frames)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        hunyuan_video_input = cls(
            prompt=prompt,
            num_inference_steps=num_inference_steps,
            seed=seed,
            pro_mode=pro_mode,
            aspect_ratio=aspect_ratio,
            resolution=resolution,
            num_frames=num_frames,
            enable_safety_checker=enable_safety_checker,
        )

        return hunyuan_video_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.hunyuan_video_v15_text_to_video_input_aspect_ratio import (
    HunyuanVideoV15TextToVideoInputAspectRatio,
    check_hunyuan_video_v15_text_to_video_input_aspect_ratio,
)
from ..models.hunyuan_video_v15_text_to_video_input_resolution import (
    HunyuanVideoV15TextToVideoInputResolution,
    check_hunyuan_video_v15_text_to_video_input_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .hunyuan_video_v15_text_to_video_output import HunyuanVideoV15TextToVideoOutput  # noqa: F401


T = TypeVar("T", bound="HunyuanVideoV15TextToVideoInput")


@_attrs_define
class HunyuanVideoV15TextToVideoInput(
    FalInput["HunyuanVideoV15TextToVideoOutput"], endpoint="fal-ai/hunyuan-video-v1.5/text-to-video"
):
    """Input of `fal-ai/hunyuan-video-v1.5/text-to-video` (text-to-video)."""

    prompt: str
    """Prompt: string."""
    negative_prompt: str | Unset = UNSET
    """Negative Prompt: string. Server default: ""."""
    num_inference_steps: int | Unset = UNSET
    """Num Inference Steps: integer, 1 to 50. Server default: 28."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    aspect_ratio: HunyuanVideoV15TextToVideoInputAspectRatio | Unset = UNSET
    """Aspect Ratio: one of "16:9", "9:16". Server default: "16:9"."""
    resolution: HunyuanVideoV15TextToVideoInputResolution | Unset = UNSET
    """Resolution: one of "480p". Server default: "480p"."""
    num_frames: int | Unset = UNSET
    """Num Frames: integer, 1 to 121. Server default: 121."""
    enable_prompt_expansion: bool | Unset = UNSET
    """Enable Prompt Expansion: boolean. Server default: true."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        negative_prompt = self.negative_prompt

        num_inference_steps = self.num_inference_steps

        seed = self.seed

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        num_frames = self.num_frames

        enable_prompt_expansion = self.enable_prompt_expansion

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if seed is not UNSET:
            field_dict["seed"] = seed
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if num_frames is not UNSET:
            field_dict["num_frames"] = num_frames
        if enable_prompt_expansion is not UNSET:
            field_dict["enable_prompt_expansion"] = enable_prompt_expansion

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        negative_prompt = d.pop("negative_prompt", UNSET)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        seed = d.pop("seed", UNSET)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: HunyuanVideoV15TextToVideoInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_hunyuan_video_v15_text_to_video_input_aspect_ratio(_aspect_ratio)

        _resolution = d.pop("resolution", UNSET)
        resolution: HunyuanVideoV15TextToVideoInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_hunyuan_video_v15_text_to_video_input_resolution(_resolution)

        num_frames = d.pop("num_frames", UNSET)

        enable_prompt_expansion = d.pop("enable_prompt_expansion", UNSET)

        hunyuan_video_v15_text_to_video_input = cls(
            prompt=prompt,
            negative_prompt=negative_prompt,
            num_inference_steps=num_inference_steps,
            seed=seed,
            aspect_ratio=aspect_ratio,
            resolution=resolution,
            num_frames=num_frames,
            enable_prompt_expansion=enable_prompt_expansion,
        )

        return hunyuan_video_v15_text_to_video_input

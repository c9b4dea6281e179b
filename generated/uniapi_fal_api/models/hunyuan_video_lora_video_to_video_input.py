from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.hunyuan_video_lora_video_to_video_input_aspect_ratio import (
    HunyuanVideoLoraVideoToVideoInputAspectRatio,
    check_hunyuan_video_lora_video_to_video_input_aspect_ratio,
)
from ..models.hunyuan_video_lora_video_to_video_input_num_frames import (
    HunyuanVideoLoraVideoToVideoInputNumFrames,
    check_hunyuan_video_lora_video_to_video_input_num_frames,
)
from ..models.hunyuan_video_lora_video_to_video_input_resolution import (
    HunyuanVideoLoraVideoToVideoInputResolution,
    check_hunyuan_video_lora_video_to_video_input_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.lora_weight import LoraWeight
    from .hunyuan_video_lora_video_to_video_output import (
        HunyuanVideoLoraVideoToVideoOutput,  # noqa: F401
    )


T = TypeVar("T", bound="HunyuanVideoLoraVideoToVideoInput")


@_attrs_define
class HunyuanVideoLoraVideoToVideoInput(
    FalInput["HunyuanVideoLoraVideoToVideoOutput"],
    endpoint="fal-ai/hunyuan-video-lora/video-to-video",
):
    """Input of `fal-ai/hunyuan-video-lora/video-to-video` (video-to-video). fal no longer lists this endpoint."""

    prompt: str
    """Prompt: string."""
    video_url: str
    """Video Url: string."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    pro_mode: bool | Unset = UNSET
    """Pro Mode: boolean. Server default: false."""
    aspect_ratio: HunyuanVideoLoraVideoToVideoInputAspectRatio | Unset = UNSET
    """Aspect Ratio (W:H): one of "16:9", "9:16". Server default: "16:9"."""
    resolution: HunyuanVideoLoraVideoToVideoInputResolution | Unset = UNSET
    """Resolution: one of "480p", "580p", "720p". Server default: "720p"."""
    num_frames: HunyuanVideoLoraVideoToVideoInputNumFrames | Unset = UNSET
    """Number of Frames: one of "129", "85"."""
    enable_safety_checker: bool | Unset = UNSET
    """Enable Safety Checker: boolean. Server default: false."""
    loras: list[LoraWeight] | Unset = UNSET
    """Loras: list of LoraWeight. Server default: []."""
    strength: float | Unset = UNSET
    """Strength: number, 0.01 to 1. Server default: 0.75."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        video_url = self.video_url

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

        loras: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.loras, Unset):
            loras = []
            for loras_item_data in self.loras:
                loras_item = loras_item_data.to_dict()
                loras.append(loras_item)

        strength = self.strength

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
                "video_url": video_url,
            }
        )
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
        if loras is not UNSET:
            field_dict["loras"] = loras
        if strength is not UNSET:
            field_dict["strength"] = strength

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.lora_weight import LoraWeight  # noqa: PLC0415

        d = dict(src_dict)
        prompt = d.pop("prompt")

        video_url = d.pop("video_url")

        seed = d.pop("seed", UNSET)

        pro_mode = d.pop("pro_mode", UNSET)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: HunyuanVideoLoraVideoToVideoInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_hunyuan_video_lora_video_to_video_input_aspect_ratio(_aspect_ratio)

        _resolution = d.pop("resolution", UNSET)
        resolution: HunyuanVideoLoraVideoToVideoInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_hunyuan_video_lora_video_to_video_input_resolution(_resolution)

        _num_frames = d.pop("num_frames", UNSET)
        num_frames: HunyuanVideoLoraVideoToVideoInputNumFrames | Unset
        if isinstance(_num_frames, Unset):
            num_frames = UNSET
        else:
            num_frames = check_hunyuan_video_lora_video_to_video_input_num_frames(_num_frames)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        _loras = d.pop("loras", UNSET)
        loras: list[LoraWeight] | Unset = UNSET
        if _loras is not UNSET:
            loras = []
            for loras_item_data in _loras:
                loras_item = LoraWeight.from_dict(loras_item_data)

                loras.append(loras_item)

        strength = d.pop("strength", UNSET)

        hunyuan_video_lora_video_to_video_input = cls(
            prompt=prompt,
            video_url=video_url,
            seed=seed,
            pro_mode=pro_mode,
            aspect_ratio=aspect_ratio,
            resolution=resolution,
            num_frames=num_frames,
            enable_safety_checker=enable_safety_checker,
            loras=loras,
            strength=strength,
        )

        return hunyuan_video_lora_video_to_video_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.hunyuan_video_lora_input_aspect_ratio import (
    HunyuanVideoLoraInputAspectRatio,
    check_hunyuan_video_lora_input_aspect_ratio,
)
from ..models.hunyuan_video_lora_input_num_frames import (
    HunyuanVideoLoraInputNumFrames,
    check_hunyuan_video_lora_input_num_frames,
)
from ..models.hunyuan_video_lora_input_resolution import (
    HunyuanVideoLoraInputResolution,
    check_hunyuan_video_lora_input_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.lora_weight import LoraWeight
    from .hunyuan_video_lora_output import HunyuanVideoLoraOutput  # noqa: F401


T = TypeVar("T", bound="HunyuanVideoLoraInput")


@_attrs_define
class HunyuanVideoLoraInput(
    FalInput["HunyuanVideoLoraOutput"], endpoint="fal-ai/hunyuan-video-lora"
):
    """Input of `fal-ai/hunyuan-video-lora` (text-to-video). fal no longer lists this endpoint."""

    prompt: str
    """Prompt: string."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    pro_mode: bool | Unset = UNSET
    """Pro Mode: boolean. Server default: false."""
    aspect_ratio: HunyuanVideoLoraInputAspectRatio | Unset = UNSET
    """Aspect Ratio (W:H): one of "16:9", "9:16". Server default: "16:9"."""
    resolution: HunyuanVideoLoraInputResolution | Unset = UNSET
    """Resolution: one of "480p", "580p", "720p". Server default: "720p"."""
    num_frames: HunyuanVideoLoraInputNumFrames | Unset = UNSET
    """Number of Frames: one of "129", "85"."""
    enable_safety_checker: bool | Unset = UNSET
    """Enable Safety Checker: boolean. Server default: false."""
    loras: list[LoraWeight] | Unset = UNSET
    """Loras: list of LoraWeight. Server default: []."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

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

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.lora_weight import LoraWeight  # noqa: PLC0415

        d = dict(src_dict)
        prompt = d.pop("prompt")

        seed = d.pop("seed", UNSET)

        pro_mode = d.pop("pro_mode", UNSET)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: HunyuanVideoLoraInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_hunyuan_video_lora_input_aspect_ratio(_aspect_ratio)

        _resolution = d.pop("resolution", UNSET)
        resolution: HunyuanVideoLoraInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_hunyuan_video_lora_input_resolution(_resolution)

        _num_frames = d.pop("num_frames", UNSET)
        num_frames: HunyuanVideoLoraInputNumFrames | Unset
        if isinstance(_num_frames, Unset):
            num_frames = UNSET
        else:
            num_frames = check_hunyuan_video_lora_input_num_frames(_num_frames)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        _loras = d.pop("loras", UNSET)
        loras: list[LoraWeight] | Unset = UNSET
        if _loras is not UNSET:
            loras = []
            for loras_item_data in _loras:
                loras_item = LoraWeight.from_dict(loras_item_data)

                loras.append(loras_item)

        hunyuan_video_lora_input = cls(
            prompt=prompt,
            seed=seed,
            pro_mode=pro_mode,
            aspect_ratio=aspect_ratio,
            resolution=resolution,
            num_frames=num_frames,
            enable_safety_checker=enable_safety_checker,
            loras=loras,
        )

        return hunyuan_video_lora_input

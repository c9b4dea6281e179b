from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.ltx_video_lora_image_to_video_input_aspect_ratio import (
    LtxVideoLoraImageToVideoInputAspectRatio,
    check_ltx_video_lora_image_to_video_input_aspect_ratio,
)
from ..models.ltx_video_lora_image_to_video_input_resolution import (
    LtxVideoLoraImageToVideoInputResolution,
    check_ltx_video_lora_image_to_video_input_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.lo_ra_weight import LoRAWeight
    from .ltx_video_lora_image_to_video_output import LtxVideoLoraImageToVideoOutput  # noqa: F401


T = TypeVar("T", bound="LtxVideoLoraImageToVideoInput")


@_attrs_define
class LtxVideoLoraImageToVideoInput(
    FalInput["LtxVideoLoraImageToVideoOutput"], endpoint="fal-ai/ltx-video-lora/image-to-video"
):
    """Input of `fal-ai/ltx-video-lora/image-to-video` (image-to-video). fal no longer lists this endpoint."""

    prompt: str
    """Prompt: string."""
    image_url: str
    """Image Url: string."""
    negative_prompt: str | Unset = UNSET
    """Negative Prompt: string. Server default: "blurry, low quality, low resolution, inconsistent
    motion, jittery, distorted"."""
    loras: list[LoRAWeight] | Unset = UNSET
    """Loras: list of LoRAWeight. Server default: []."""
    resolution: LtxVideoLoraImageToVideoInputResolution | Unset = UNSET
    """Resolution: one of "480p", "720p". Server default: "720p"."""
    aspect_ratio: LtxVideoLoraImageToVideoInputAspectRatio | Unset = UNSET
    """Aspect Ratio: one of "16:9", "1:1", "9:16", "auto". Server default: "auto"."""
    number_of_frames: int | Unset = UNSET
    """Number Of Frames: integer, 9 to 161. Server default: 89."""
    number_of_steps: int | Unset = UNSET
    """Number Of Steps: integer, 1 to 50. Server default: 30."""
    frame_rate: int | Unset = UNSET
    """Frame Rate: integer, 1 to 60. Server default: 25."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    expand_prompt: bool | Unset = UNSET
    """Expand Prompt: boolean. Server default: false."""
    reverse_video: bool | Unset = UNSET
    """Reverse Video: boolean. Server default: false."""
    enable_safety_checker: bool | Unset = UNSET
    """Enable Safety Checker: boolean. Server default: true."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        image_url = self.image_url

        negative_prompt = self.negative_prompt

        loras: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.loras, Unset):
            loras = []
            for loras_item_data in self.loras:
                loras_item = loras_item_data.to_dict()
                loras.append(loras_item)

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        number_of_frames = self.number_of_frames

        number_of_steps = self.number_of_steps

        frame_rate = self.frame_rate

        seed = self.seed

        expand_prompt = self.expand_prompt

        reverse_video = self.reverse_video

        enable_safety_checker = self.enable_safety_checker

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
                "image_url": image_url,
            }
        )
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if loras is not UNSET:
            field_dict["loras"] = loras
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if number_of_frames is not UNSET:
            field_dict["number_of_frames"] = number_of_frames
        if number_of_steps is not UNSET:
            field_dict["number_of_steps"] = number_of_steps
        if frame_rate is not UNSET:
            field_dict["frame_rate"] = frame_rate
        if seed is not UNSET:
            field_dict["seed"] = seed
        if expand_prompt is not UNSET:
            field_dict["expand_prompt"] = expand_prompt
        if reverse_video is not UNSET:
            field_dict["reverse_video"] = reverse_video
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.lo_ra_weight import LoRAWeight  # noqa: PLC0415

        d = dict(src_dict)
        prompt = d.pop("prompt")

        image_url = d.pop("image_url")

        negative_prompt = d.pop("negative_prompt", UNSET)

        _loras = d.pop("loras", UNSET)
        loras: list[LoRAWeight] | Unset = UNSET
        if _loras is not UNSET:
            loras = []
            for loras_item_data in _loras:
                loras_item = LoRAWeight.from_dict(loras_item_data)

                loras.append(loras_item)

        _resolution = d.pop("resolution", UNSET)
        resolution: LtxVideoLoraImageToVideoInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_ltx_video_lora_image_to_video_input_resolution(_resolution)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: LtxVideoLoraImageToVideoInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_ltx_video_lora_image_to_video_input_aspect_ratio(_aspect_ratio)

        number_of_frames = d.pop("number_of_frames", UNSET)

        number_of_steps = d.pop("number_of_steps", UNSET)

        frame_rate = d.pop("frame_rate", UNSET)

        seed = d.pop("seed", UNSET)

        expand_prompt = d.pop("expand_prompt", UNSET)

        reverse_video = d.pop("reverse_video", UNSET)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        ltx_video_lora_image_to_video_input = cls(
            prompt=prompt,
            image_url=image_url,
            negative_prompt=negative_prompt,
            loras=loras,
            resolution=resolution,
            aspect_ratio=aspect_ratio,
            number_of_frames=number_of_frames,
            number_of_steps=number_of_steps,
            frame_rate=frame_rate,
            seed=seed,
            expand_prompt=expand_prompt,
            reverse_video=reverse_video,
            enable_safety_checker=enable_safety_checker,
        )

        return ltx_video_lora_image_to_video_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.magi_extend_video_input_aspect_ratio import (
    MagiExtendVideoInputAspectRatio,
    check_magi_extend_video_input_aspect_ratio,
)
from ..models.magi_extend_video_input_num_inference_steps import (
    MagiExtendVideoInputNumInferenceSteps,
    check_magi_extend_video_input_num_inference_steps,
)
from ..models.magi_extend_video_input_resolution import (
    MagiExtendVideoInputResolution,
    check_magi_extend_video_input_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .magi_extend_video_output import MagiExtendVideoOutput  # noqa: F401


T = TypeVar("T", bound="MagiExtendVideoInput")


@_attrs_define
class MagiExtendVideoInput(FalInput["MagiExtendVideoOutput"], endpoint="fal-ai/magi/extend-video"):
    """Input of `fal-ai/magi/extend-video` (video-to-video). fal no longer lists this endpoint."""

    prompt: str
    """Prompt: string."""
    video_url: str
    """Video Url: string."""
    num_frames: int | Unset = UNSET
    """Num Frames: integer, 96 to 192. Server default: 96."""
    start_frame: int | Unset = UNSET
    """Start Frame: integer, at least 0."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    resolution: MagiExtendVideoInputResolution | Unset = UNSET
    """Resolution: one of "480p", "720p". Server default: "720p"."""
    num_inference_steps: MagiExtendVideoInputNumInferenceSteps | Unset = UNSET
    """Num Inference Steps: one of 4, 8, 16, 32, 64. Server default: 16."""
    enable_safety_checker: bool | Unset = UNSET
    """Enable Safety Checker: boolean. Server default: true."""
    aspect_ratio: MagiExtendVideoInputAspectRatio | Unset = UNSET
    """Aspect Ratio: one of "auto", "16:9", "9:16", "1:1". Server default: "auto"."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        video_url = self.video_url

        num_frames = self.num_frames

        start_frame = self.start_frame

        seed = self.seed

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        num_inference_steps: int | Unset = UNSET
        if not isinstance(self.num_inference_steps, Unset):
            num_inference_steps = self.num_inference_steps

        enable_safety_checker = self.enable_safety_checker

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
                "video_url": video_url,
            }
        )
        if num_frames is not UNSET:
            field_dict["num_frames"] = num_frames
        if start_frame is not UNSET:
            field_dict["start_frame"] = start_frame
        if seed is not UNSET:
            field_dict["seed"] = seed
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        video_url = d.pop("video_url")

        num_frames = d.pop("num_frames", UNSET)

        start_frame = d.pop("start_frame", UNSET)

        seed = d.pop("seed", UNSET)

        _resolution = d.pop("resolution", UNSET)
        resolution: MagiExtendVideoInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_magi_extend_video_input_resolution(_resolution)

        _num_inference_steps = d.pop("num_inference_steps", UNSET)
        num_inference_steps: MagiExtendVideoInputNumInferenceSteps | Unset
        if isinstance(_num_inference_steps, Unset):
            num_inference_steps = UNSET
        else:
            num_inference_steps = check_magi_extend_video_input_num_inference_steps(
                _num_inference_steps
            )

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: MagiExtendVideoInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_magi_extend_video_input_aspect_ratio(_aspect_ratio)

        magi_extend_video_input = cls(
            prompt=prompt,
            video_url=video_url,
            num_frames=num_frames,
            start_frame=start_frame,
            seed=seed,
            resolution=resolution,
            num_inference_steps=num_inference_steps,
            enable_safety_checker=enable_safety_checker,
            aspect_ratio=aspect_ratio,
        )

        return magi_extend_video_input

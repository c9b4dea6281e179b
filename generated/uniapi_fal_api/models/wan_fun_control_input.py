from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.wan_fun_control_input_preprocess_type import (
    WanFunControlInputPreprocessType,
    check_wan_fun_control_input_preprocess_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .wan_fun_control_output import WanFunControlOutput  # noqa: F401


T = TypeVar("T", bound="WanFunControlInput")


@_attrs_define
class WanFunControlInput(FalInput["WanFunControlOutput"], endpoint="fal-ai/wan-fun-control"):
    """Input of `fal-ai/wan-fun-control` (video-to-video). fal no longer lists this endpoint."""

    prompt: str
    """Prompt: string."""
    control_video_url: str
    """Control Video URL: string."""
    negative_prompt: str | Unset = UNSET
    """Negative Prompt: string. Server default: ""."""
    num_inference_steps: int | Unset = UNSET
    """Number of Inference Steps: integer, 4 to 50. Server default: 27."""
    guidance_scale: float | Unset = UNSET
    """Guidance Scale: number, 1 to 10. Server default: 6."""
    shift: float | Unset = UNSET
    """Shift: number, 1 to 10. Server default: 5."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    match_input_num_frames: bool | Unset = UNSET
    """Match Input Number of Frames: boolean. Server default: true."""
    num_frames: int | Unset = UNSET
    """Number of Frames: integer, 49 to 121. Server default: 81."""
    match_input_fps: bool | Unset = UNSET
    """Match Input FPS: boolean. Server default: true."""
    fps: int | Unset = UNSET
    """FPS: integer, 4 to 60. Server default: 16."""
    preprocess_video: bool | Unset = UNSET
    """Preprocess Video: boolean. Server default: false."""
    preprocess_type: WanFunControlInputPreprocessType | Unset = UNSET
    """Preprocess Type: one of "depth", "pose". Server default: "depth"."""
    reference_image_url: str | Unset = UNSET
    """Reference Image URL: string."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        control_video_url = self.control_video_url

        negative_prompt = self.negative_prompt

        num_inference_steps = self.num_inference_steps

        guidance_scale = self.guidance_scale

        shift = self.shift

        seed = self.seed

        match_input_num_frames = self.match_input_num_frames

        num_frames = self.num_frames

        match_input_fps = self.match_input_fps

        fps = self.fps

        preprocess_video = self.preprocess_video

        preprocess_type: str | Unset = UNSET
        if not isinstance(self.preprocess_type, Unset):
            preprocess_type = self.preprocess_type

        reference_image_url = self.reference_image_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
                "control_video_url": control_video_url,
            }
        )
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if shift is not UNSET:
            field_dict["shift"] = shift
        if seed is not UNSET:
            field_dict["seed"] = seed
        if match_input_num_frames is not UNSET:
            field_dict["match_input_num_frames"] = match_input_num_frames
        if num_frames is not UNSET:
            field_dict["num_frames"] = num_frames
        if match_input_fps is not UNSET:
            field_dict["match_input_fps"] = match_input_fps
        if fps is not UNSET:
            field_dict["fps"] = fps
        if preprocess_video is not UNSET:
            field_dict["preprocess_video"] = preprocess_video
        if preprocess_type is not UNSET:
            field_dict["preprocess_type"] = preprocess_type
        if reference_image_url is not UNSET:
            field_dict["reference_image_url"] = reference_image_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        control_video_url = d.pop("control_video_url")

        negative_prompt = d.pop("negative_prompt", UNSET)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        guidance_scale = d.pop("guidance_scale", UNSET)

        shift = d.pop("shift", UNSET)

        seed = d.pop("seed", UNSET)

        match_input_num_frames = d.pop("match_input_num_frames", UNSET)

        num_frames = d.pop("num_frames", UNSET)

        match_input_fps = d.pop("match_input_fps", UNSET)

        fps = d.pop("fps", UNSET)

        preprocess_video = d.pop("preprocess_video", UNSET)

        _preprocess_type = d.pop("preprocess_type", UNSET)
        preprocess_type: WanFunControlInputPreprocessType | Unset
        if isinstance(_preprocess_type, Unset):
            preprocess_type = UNSET
        else:
            preprocess_type = check_wan_fun_control_input_preprocess_type(_preprocess_type)

        reference_image_url = d.pop("reference_image_url", UNSET)

        wan_fun_control_input = cls(
            prompt=prompt,
            control_video_url=control_video_url,
            negative_prompt=negative_prompt,
            num_inference_steps=num_inference_steps,
            guidance_scale=guidance_scale,
            shift=shift,
            seed=seed,
            match_input_num_frames=match_input_num_frames,
            num_frames=num_frames,
            match_input_fps=match_input_fps,
            fps=fps,
            preprocess_video=preprocess_video,
            preprocess_type=preprocess_type,
            reference_image_url=reference_image_url,
        )

        return wan_fun_control_input

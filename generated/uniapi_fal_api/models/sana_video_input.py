from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.sana_video_input_resolution import (
    SanaVideoInputResolution,
    check_sana_video_input_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .sana_video_output import SanaVideoOutput  # noqa: F401


T = TypeVar("T", bound="SanaVideoInput")


@_attrs_define
class SanaVideoInput(FalInput["SanaVideoOutput"], endpoint="fal-ai/sana-video"):
    """Input of `fal-ai/sana-video` (text-to-video). fal no longer lists this endpoint."""

    prompt: str
    """Prompt: string."""
    negative_prompt: str | Unset = UNSET
    """Negative Prompt: string. Server default: "A chaotic sequence with misshapen, deformed limbs
    in heavy motion blur, sudden disappearance, jump cuts, jerky movements, rapid shot changes,
    frames out of sync, inconsistent character shapes, temporal artifacts, jitter, and ghosting
    effects, creating a disorienting visual experience."."""
    resolution: SanaVideoInputResolution | Unset = UNSET
    """Resolution: one of "480p". Server default: "480p"."""
    num_frames: int | Unset = UNSET
    """Num Frames: integer, 16 to 200. Server default: 81."""
    fps: int | Unset = UNSET
    """Fps: integer, 8 to 30. Server default: 16."""
    motion_score: int | Unset = UNSET
    """Motion Score: integer, 0 to 100. Server default: 30."""
    guidance_scale: float | Unset = UNSET
    """Guidance Scale: number, 1 to 20. Server default: 6."""
    num_inference_steps: int | Unset = UNSET
    """Num Inference Steps: integer, 1 to 50. Server default: 28."""
    seed: int | Unset = UNSET
    """Seed: integer."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        negative_prompt = self.negative_prompt

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        num_frames = self.num_frames

        fps = self.fps

        motion_score = self.motion_score

        guidance_scale = self.guidance_scale

        num_inference_steps = self.num_inference_steps

        seed = self.seed

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if num_frames is not UNSET:
            field_dict["num_frames"] = num_frames
        if fps is not UNSET:
            field_dict["fps"] = fps
        if motion_score is not UNSET:
            field_dict["motion_score"] = motion_score
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if seed is not UNSET:
            field_dict["seed"] = seed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        negative_prompt = d.pop("negative_prompt", UNSET)

        _resolution = d.pop("resolution", UNSET)
        resolution: SanaVideoInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_sana_video_input_resolution(_resolution)

        num_frames = d.pop("num_frames", UNSET)

        fps = d.pop("fps", UNSET)

        motion_score = d.pop("motion_score", UNSET)

        guidance_scale = d.pop("guidance_scale", UNSET)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        seed = d.pop("seed", UNSET)

        sana_video_input = cls(
            prompt=prompt,
            negative_prompt=negative_prompt,
            resolution=resolution,
            num_frames=num_frames,
            fps=fps,
            motion_score=motion_score,
            guidance_scale=guidance_scale,
            num_inference_steps=num_inference_steps,
            seed=seed,
        )

        return sana_video_input

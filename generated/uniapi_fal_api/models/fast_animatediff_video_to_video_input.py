from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.fast_animatediff_video_to_video_input_motions_item import (
    FastAnimatediffVideoToVideoInputMotionsItem,
    check_fast_animatediff_video_to_video_input_motions_item,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .fast_animatediff_video_to_video_output import (
        FastAnimatediffVideoToVideoOutput,  # noqa: F401
    )


T = TypeVar("T", bound="FastAnimatediffVideoToVideoInput")


@_attrs_define
class FastAnimatediffVideoToVideoInput(
    FalInput["FastAnimatediffVideoToVideoOutput"], endpoint="fal-ai/fast-animatediff/video-to-video"
):
    """Input of `fal-ai/fast-animatediff/video-to-video` (video-to-video)."""

    video_url: str
    """Video Url: string."""
    prompt: str
    """Prompt: string."""
    first_n_seconds: int | Unset = UNSET
    """First N Seconds: integer, 2 to 4. Server default: 3."""
    negative_prompt: str | Unset = UNSET
    """Negative Prompt: string. Server default: "(bad quality, worst quality:1.2), ugly faces, bad
    anime"."""
    num_inference_steps: int | Unset = UNSET
    """Num Inference Steps: integer, 1 to 50. Server default: 25."""
    strength: float | Unset = UNSET
    """Strength: number, 0.1 to 1. Server default: 0.7."""
    guidance_scale: float | Unset = UNSET
    """Guidance scale (CFG): number, 0 to 20. Server default: 7.5."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    fps: int | Unset = UNSET
    """Fps: integer, 1 to 16. Server default: 8."""
    motions: list[FastAnimatediffVideoToVideoInputMotionsItem] | Unset = UNSET
    """Motions: list of one of "zoom-out", "zoom-in", "pan-left", "pan-right", "tilt-up",
    "tilt-down"."""

    def to_dict(self) -> dict[str, Any]:
        video_url = self.video_url

        prompt = self.prompt

        first_n_seconds = self.first_n_seconds

        negative_prompt = self.negative_prompt

        num_inference_steps = self.num_inference_steps

        strength = self.strength

        guidance_scale = self.guidance_scale

        seed = self.seed

        fps = self.fps

        motions: list[str] | Unset = UNSET
        if not isinstance(self.motions, Unset):
            motions = []
            for motions_item_data in self.motions:
                motions_item: str = motions_item_data
                motions.append(motions_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "video_url": video_url,
                "prompt": prompt,
            }
        )
        if first_n_seconds is not UNSET:
            field_dict["first_n_seconds"] = first_n_seconds
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if strength is not UNSET:
            field_dict["strength"] = strength
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if seed is not UNSET:
            field_dict["seed"] = seed
        if fps is not UNSET:
            field_dict["fps"] = fps
        if motions is not UNSET:
            field_dict["motions"] = motions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        video_url = d.pop("video_url")

        prompt = d.pop("prompt")

        first_n_seconds = d.pop("first_n_seconds", UNSET)

        negative_prompt = d.pop("negative_prompt", UNSET)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        strength = d.pop("strength", UNSET)

        guidance_scale = d.pop("guidance_scale", UNSET)

        seed = d.pop("seed", UNSET)

        fps = d.pop("fps", UNSET)

        _motions = d.pop("motions", UNSET)
        motions: list[FastAnimatediffVideoToVideoInputMotionsItem] | Unset = UNSET
        if _motions is not UNSET:
            motions = []
            for motions_item_data in _motions:
                motions_item = check_fast_animatediff_video_to_video_input_motions_item(
                    motions_item_data
                )

                motions.append(motions_item)

        fast_animatediff_video_to_video_input = cls(
            video_url=video_url,
            prompt=prompt,
            first_n_seconds=first_n_seconds,
            negative_prompt=negative_prompt,
            num_inference_steps=num_inference_steps,
            strength=strength,
            guidance_scale=guidance_scale,
            seed=seed,
            fps=fps,
            motions=motions,
        )

        return fast_animatediff_video_to_video_input

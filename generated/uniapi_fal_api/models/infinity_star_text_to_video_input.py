from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.infinity_star_text_to_video_input_aspect_ratio import (
    InfinityStarTextToVideoInputAspectRatio,
    check_infinity_star_text_to_video_input_aspect_ratio,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .infinity_star_text_to_video_output import InfinityStarTextToVideoOutput  # noqa: F401


T = TypeVar("T", bound="InfinityStarTextToVideoInput")


@_attrs_define
class InfinityStarTextToVideoInput(
    FalInput["InfinityStarTextToVideoOutput"], endpoint="fal-ai/infinity-star/text-to-video"
):
    """Input of `fal-ai/infinity-star/text-to-video` (text-to-video)."""

    prompt: str
    """Prompt: string."""
    negative_prompt: str | Unset = UNSET
    """Negative Prompt: string. Server default: ""."""
    num_inference_steps: int | Unset = UNSET
    """Num Inference Steps: integer, 1 to 100. Server default: 50."""
    guidance_scale: float | Unset = UNSET
    """Guidance Scale: number, 1 to 40. Server default: 7.5."""
    tau_video: float | Unset = UNSET
    """Tau Video: number, 0.1 to 1. Server default: 0.4."""
    use_apg: bool | Unset = UNSET
    """Use Apg: boolean. Server default: true."""
    aspect_ratio: InfinityStarTextToVideoInputAspectRatio | Unset = UNSET
    """Aspect Ratio: one of "16:9", "1:1", "9:16". Server default: "16:9"."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    enhance_prompt: bool | Unset = UNSET
    """Enhance Prompt: boolean. Server default: true."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        negative_prompt = self.negative_prompt

        num_inference_steps = self.num_inference_steps

        guidance_scale = self.guidance_scale

        tau_video = self.tau_video

        use_apg = self.use_apg

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        seed = self.seed

        enhance_prompt = self.enhance_prompt

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
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if tau_video is not UNSET:
            field_dict["tau_video"] = tau_video
        if use_apg is not UNSET:
            field_dict["use_apg"] = use_apg
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if seed is not UNSET:
            field_dict["seed"] = seed
        if enhance_prompt is not UNSET:
            field_dict["enhance_prompt"] = enhance_prompt

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        negative_prompt = d.pop("negative_prompt", UNSET)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        guidance_scale = d.pop("guidance_scale", UNSET)

        tau_video = d.pop("tau_video", UNSET)

        use_apg = d.pop("use_apg", UNSET)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: InfinityStarTextToVideoInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_infinity_star_text_to_video_input_aspect_ratio(_aspect_ratio)

        seed = d.pop("seed", UNSET)

        enhance_prompt = d.pop("enhance_prompt", UNSET)

        infinity_star_text_to_video_input = cls(
            prompt=prompt,
            negative_prompt=negative_prompt,
            num_inference_steps=num_inference_steps,
            guidance_scale=guidance_scale,
            tau_video=tau_video,
            use_apg=use_apg,
            aspect_ratio=aspect_ratio,
            seed=seed,
            enhance_prompt=enhance_prompt,
        )

        return infinity_star_text_to_video_input

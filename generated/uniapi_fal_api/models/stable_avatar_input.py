from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.stable_avatar_input_aspect_ratio import (
    StableAvatarInputAspectRatio,
    check_stable_avatar_input_aspect_ratio,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .stable_avatar_output import StableAvatarOutput  # noqa: F401


T = TypeVar("T", bound="StableAvatarInput")


@_attrs_define
class StableAvatarInput(FalInput["StableAvatarOutput"], endpoint="fal-ai/stable-avatar"):
    """Input of `fal-ai/stable-avatar` (audio-to-video). fal no longer lists this endpoint."""

    image_url: str
    """Image URL: string."""
    audio_url: str
    """Audio URL: string."""
    prompt: str
    """Prompt: string."""
    aspect_ratio: StableAvatarInputAspectRatio | Unset = UNSET
    """Aspect Ratio: one of "16:9", "1:1", "9:16", "auto". Server default: "auto"."""
    guidance_scale: float | Unset = UNSET
    """Guidance Scale: number, 1 to 10. Server default: 5."""
    audio_guidance_scale: float | Unset = UNSET
    """Audio Guidance Scale: number, 0 to 10. Server default: 4."""
    num_inference_steps: int | Unset = UNSET
    """Number of Inference Steps: integer, 10 to 50. Server default: 50."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    perturbation: float | Unset = UNSET
    """Perturbation: number, 0 to 1. Server default: 0.1."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        audio_url = self.audio_url

        prompt = self.prompt

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        guidance_scale = self.guidance_scale

        audio_guidance_scale = self.audio_guidance_scale

        num_inference_steps = self.num_inference_steps

        seed = self.seed

        perturbation = self.perturbation

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
                "audio_url": audio_url,
                "prompt": prompt,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if audio_guidance_scale is not UNSET:
            field_dict["audio_guidance_scale"] = audio_guidance_scale
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if seed is not UNSET:
            field_dict["seed"] = seed
        if perturbation is not UNSET:
            field_dict["perturbation"] = perturbation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        audio_url = d.pop("audio_url")

        prompt = d.pop("prompt")

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: StableAvatarInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_stable_avatar_input_aspect_ratio(_aspect_ratio)

        guidance_scale = d.pop("guidance_scale", UNSET)

        audio_guidance_scale = d.pop("audio_guidance_scale", UNSET)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        seed = d.pop("seed", UNSET)

        perturbation = d.pop("perturbation", UNSET)

        stable_avatar_input = cls(
            image_url=image_url,
            audio_url=audio_url,
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            guidance_scale=guidance_scale,
            audio_guidance_scale=audio_guidance_scale,
            num_inference_steps=num_inference_steps,
            seed=seed,
            perturbation=perturbation,
        )

        return stable_avatar_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .echomimic_v3_output import EchomimicV3Output  # noqa: F401


T = TypeVar("T", bound="EchomimicV3Input")


@_attrs_define
class EchomimicV3Input(FalInput["EchomimicV3Output"], endpoint="fal-ai/echomimic-v3"):
    """Input of `fal-ai/echomimic-v3` (audio-to-video)."""

    image_url: str
    """Image URL: string."""
    audio_url: str
    """Audio URL: string."""
    prompt: str
    """Prompt: string."""
    negative_prompt: str | Unset = UNSET
    """Negative Prompt: string. Server default: ""."""
    num_frames_per_generation: int | Unset = UNSET
    """Number of frames per generation: integer, 49 to 161. Server default: 121."""
    guidance_scale: float | Unset = UNSET
    """Guidance Scale: number, 1 to 10. Server default: 4.5."""
    audio_guidance_scale: float | Unset = UNSET
    """Audio Guidance Scale: number, 0 to 10. Server default: 2.5."""
    seed: int | Unset = UNSET
    """Seed: integer."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        audio_url = self.audio_url

        prompt = self.prompt

        negative_prompt = self.negative_prompt

        num_frames_per_generation = self.num_frames_per_generation

        guidance_scale = self.guidance_scale

        audio_guidance_scale = self.audio_guidance_scale

        seed = self.seed

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
                "audio_url": audio_url,
                "prompt": prompt,
            }
        )
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if num_frames_per_generation is not UNSET:
            field_dict["num_frames_per_generation"] = num_frames_per_generation
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if audio_guidance_scale is not UNSET:
            field_dict["audio_guidance_scale"] = audio_guidance_scale
        if seed is not UNSET:
            field_dict["seed"] = seed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        audio_url = d.pop("audio_url")

        prompt = d.pop("prompt")

        negative_prompt = d.pop("negative_prompt", UNSET)

        num_frames_per_generation = d.pop("num_frames_per_generation", UNSET)

        guidance_scale = d.pop("guidance_scale", UNSET)

        audio_guidance_scale = d.pop("audio_guidance_scale", UNSET)

        seed = d.pop("seed", UNSET)

        echomimic_v3_input = cls(
            image_url=image_url,
            audio_url=audio_url,
            prompt=prompt,
            negative_prompt=negative_prompt,
            num_frames_per_generation=num_frames_per_generation,
            guidance_scale=guidance_scale,
            audio_guidance_scale=audio_guidance_scale,
            seed=seed,
        )

        return echomimic_v3_input

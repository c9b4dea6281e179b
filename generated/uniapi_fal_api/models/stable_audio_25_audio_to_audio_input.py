from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .stable_audio_25_audio_to_audio_output import StableAudio25AudioToAudioOutput  # noqa: F401


T = TypeVar("T", bound="StableAudio25AudioToAudioInput")


@_attrs_define
class StableAudio25AudioToAudioInput(
    FalInput["StableAudio25AudioToAudioOutput"], endpoint="fal-ai/stable-audio-25/audio-to-audio"
):
    """Input of `fal-ai/stable-audio-25/audio-to-audio` (audio-to-audio)."""

    prompt: str
    """Prompt: string."""
    audio_url: str
    """Audio Url: string."""
    strength: float | Unset = UNSET
    """Strength: number, 0.01 to 1. Server default: 0.8."""
    num_inference_steps: int | Unset = UNSET
    """Num Inference Steps: integer, 4 to 8. Server default: 8."""
    total_seconds: int | Unset = UNSET
    """Total Seconds: integer, 1 to 190."""
    guidance_scale: int | Unset = UNSET
    """Guidance Scale: integer, 1 to 25. Server default: 1."""
    sync_mode: bool | Unset = UNSET
    """Sync Mode: boolean. Server default: false."""
    seed: int | Unset = UNSET
    """Seed: integer."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        audio_url = self.audio_url

        strength = self.strength

        num_inference_steps = self.num_inference_steps

        total_seconds = self.total_seconds

        guidance_scale = self.guidance_scale

        sync_mode = self.sync_mode

        seed = self.seed

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
                "audio_url": audio_url,
            }
        )
        if strength is not UNSET:
            field_dict["strength"] = strength
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if total_seconds is not UNSET:
            field_dict["total_seconds"] = total_seconds
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode
        if seed is not UNSET:
            field_dict["seed"] = seed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        audio_url = d.pop("audio_url")

        strength = d.pop("strength", UNSET)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        total_seconds = d.pop("total_seconds", UNSET)

        guidance_scale = d.pop("guidance_scale", UNSET)

        sync_mode = d.pop("sync_mode", UNSET)

        seed = d.pop("seed", UNSET)

        stable_audio_25_audio_to_audio_input = cls(
            prompt=prompt,
            audio_url=audio_url,
            strength=strength,
            num_inference_steps=num_inference_steps,
            total_seconds=total_seconds,
            guidance_scale=guidance_scale,
            sync_mode=sync_mode,
            seed=seed,
        )

        return stable_audio_25_audio_to_audio_input

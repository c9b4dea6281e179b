from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .stable_audio_25_text_to_audio_output import StableAudio25TextToAudioOutput  # noqa: F401


T = TypeVar("T", bound="StableAudio25TextToAudioInput")


@_attrs_define
class StableAudio25TextToAudioInput(
    FalInput["StableAudio25TextToAudioOutput"], endpoint="fal-ai/stable-audio-25/text-to-audio"
):
    """Input of `fal-ai/stable-audio-25/text-to-audio` (text-to-audio)."""

    prompt: str
    """Prompt: string."""
    seconds_total: int | Unset = UNSET
    """Seconds Total: integer, 1 to 190. Server default: 190."""
    num_inference_steps: int | Unset = UNSET
    """Num Inference Steps: integer, 4 to 8. Server default: 8."""
    guidance_scale: int | Unset = UNSET
    """Guidance Scale: integer, 1 to 25. Server default: 1."""
    sync_mode: bool | Unset = UNSET
    """Sync Mode: boolean. Server default: false."""
    seed: int | Unset = UNSET
    """Seed: integer."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        seconds_total = self.seconds_total

        num_inference_steps = self.num_inference_steps

        guidance_scale = self.guidance_scale

        sync_mode = self.sync_mode

        seed = self.seed

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if seconds_total is not UNSET:
            field_dict["seconds_total"] = seconds_total
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
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

        seconds_total = d.pop("seconds_total", UNSET)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        guidance_scale = d.pop("guidance_scale", UNSET)

        sync_mode = d.pop("sync_mode", UNSET)

        seed = d.pop("seed", UNSET)

        stable_audio_25_text_to_audio_input = cls(
            prompt=prompt,
            seconds_total=seconds_total,
            num_inference_steps=num_inference_steps,
            guidance_scale=guidance_scale,
            sync_mode=sync_mode,
            seed=seed,
        )

        return stable_audio_25_text_to_audio_input

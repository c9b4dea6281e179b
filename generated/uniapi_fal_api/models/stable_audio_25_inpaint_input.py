from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .stable_audio_25_inpaint_output import StableAudio25InpaintOutput  # noqa: F401


T = TypeVar("T", bound="StableAudio25InpaintInput")


@_attrs_define
class StableAudio25InpaintInput(
    FalInput["StableAudio25InpaintOutput"], endpoint="fal-ai/stable-audio-25/inpaint"
):
    """Input of `fal-ai/stable-audio-25/inpaint` (audio-to-audio)."""

    prompt: str
    """Prompt: string."""
    audio_url: str
    """Audio Url: string."""
    seconds_total: int | Unset = UNSET
    """Seconds Total: integer, 1 to 190. Server default: 190."""
    guidance_scale: int | Unset = UNSET
    """Guidance Scale: integer, 1 to 25. Server default: 1."""
    mask_start: int | Unset = UNSET
    """Mask Start: integer, 0 to 190. Server default: 30."""
    mask_end: int | Unset = UNSET
    """Mask End: integer, 0 to 190. Server default: 190."""
    num_inference_steps: int | Unset = UNSET
    """Num Inference Steps: integer, 4 to 8. Server default: 8."""
    sync_mode: bool | Unset = UNSET
    """Sync Mode: boolean. Server default: false."""
    seed: int | Unset = UNSET
    """Seed: integer."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        audio_url = self.audio_url

        seconds_total = self.seconds_total

        guidance_scale = self.guidance_scale

        mask_start = self.mask_start

        mask_end = self.mask_end

        num_inference_steps = self.num_inference_steps

        sync_mode = self.sync_mode

        seed = self.seed

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
                "audio_url": audio_url,
            }
        )
        if seconds_total is not UNSET:
            field_dict["seconds_total"] = seconds_total
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if mask_start is not UNSET:
            field_dict["mask_start"] = mask_start
        if mask_end is not UNSET:
            field_dict["mask_end"] = mask_end
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
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

        seconds_total = d.pop("seconds_total", UNSET)

        guidance_scale = d.pop("guidance_scale", UNSET)

        mask_start = d.pop("mask_start", UNSET)

        mask_end = d.pop("mask_end", UNSET)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        sync_mode = d.pop("sync_mode", UNSET)

        seed = d.pop("seed", UNSET)

        stable_audio_25_inpaint_input = cls(
            prompt=prompt,
            audio_url=audio_url,
            seconds_total=seconds_total,
            guidance_scale=guidance_scale,
            mask_start=mask_start,
            mask_end=mask_end,
            num_inference_steps=num_inference_steps,
            sync_mode=sync_mode,
            seed=seed,
        )

        return stable_audio_25_inpaint_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.stable_audio_3_small_sfx_audio_outpainting_input_output_format import (
    StableAudio3SmallSfxAudioOutpaintingInputOutputFormat,
    check_stable_audio_3_small_sfx_audio_outpainting_input_output_format,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .stable_audio_3_small_sfx_audio_outpainting_output import (
        StableAudio3SmallSfxAudioOutpaintingOutput,  # noqa: F401
    )


T = TypeVar("T", bound="StableAudio3SmallSfxAudioOutpaintingInput")


@_attrs_define
class StableAudio3SmallSfxAudioOutpaintingInput(
    FalInput["StableAudio3SmallSfxAudioOutpaintingOutput"],
    endpoint="fal-ai/stable-audio-3/small/sfx/audio-outpainting",
):
    """Input of `fal-ai/stable-audio-3/small/sfx/audio-outpainting` (unknown). fal publishes no constraints for it (it
    comes from fal's TypeScript types): types, enums and required fields are checked before sending, bounds and lengths
    are not.

    """

    audio_url: str
    """URL or local file."""
    prompt: str
    """String."""
    bitrate: str | Unset = UNSET
    """String. Server default: "192k"."""
    enable_prompt_expansion: bool | Unset = UNSET
    """Boolean."""
    enable_safety_checker: bool | Unset = UNSET
    """Boolean. Server default: true."""
    extend_seconds_after: float | Unset = UNSET
    """Number."""
    extend_seconds_before: float | Unset = UNSET
    """Number."""
    guidance_scale: float | Unset = UNSET
    """Number. Server default: 1."""
    negative_prompt: str | Unset = UNSET
    """String. Server default: ""."""
    num_inference_steps: float | Unset = UNSET
    """Number. Server default: 8."""
    output_format: StableAudio3SmallSfxAudioOutpaintingInputOutputFormat | Unset = UNSET
    """One of "mp3", "wav", "flac", "ogg", "opus", "m4a", "aac". Server default: "mp3"."""
    seed: float | Unset = UNSET
    """Number."""
    sync_mode: bool | Unset = UNSET
    """Boolean."""

    def to_dict(self) -> dict[str, Any]:
        audio_url = self.audio_url

        prompt = self.prompt

        bitrate = self.bitrate

        enable_prompt_expansion = self.enable_prompt_expansion

        enable_safety_checker = self.enable_safety_checker

        extend_seconds_after = self.extend_seconds_after

        extend_seconds_before = self.extend_seconds_before

        guidance_scale = self.guidance_scale

        negative_prompt = self.negative_prompt

        num_inference_steps = self.num_inference_steps

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        seed = self.seed

        sync_mode = self.sync_mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "audio_url": audio_url,
                "prompt": prompt,
            }
        )
        if bitrate is not UNSET:
            field_dict["bitrate"] = bitrate
        if enable_prompt_expansion is not UNSET:
            field_dict["enable_prompt_expansion"] = enable_prompt_expansion
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker
        if extend_seconds_after is not UNSET:
            field_dict["extend_seconds_after"] = extend_seconds_after
        if extend_seconds_before is not UNSET:
            field_dict["extend_seconds_before"] = extend_seconds_before
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if seed is not UNSET:
            field_dict["seed"] = seed
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        audio_url = d.pop("audio_url")

        prompt = d.pop("prompt")

        bitrate = d.pop("bitrate", UNSET)

        enable_prompt_expansion = d.pop("enable_prompt_expansion", UNSET)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        extend_seconds_after = d.pop("extend_seconds_after", UNSET)

        extend_seconds_before = d.pop("extend_seconds_before", UNSET)

        guidance_scale = d.pop("guidance_scale", UNSET)

        negative_prompt = d.pop("negative_prompt", UNSET)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: StableAudio3SmallSfxAudioOutpaintingInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_stable_audio_3_small_sfx_audio_outpainting_input_output_format(
                _output_format
            )

        seed = d.pop("seed", UNSET)

        sync_mode = d.pop("sync_mode", UNSET)

        stable_audio_3_small_sfx_audio_outpainting_input = cls(
            audio_url=audio_url,
            prompt=prompt,
            bitrate=bitrate,
            enable_prompt_expansion=enable_prompt_expansion,
            enable_safety_checker=enable_safety_checker,
            extend_seconds_after=extend_seconds_after,
            extend_seconds_before=extend_seconds_before,
            guidance_scale=guidance_scale,
            negative_prompt=negative_prompt,
            num_inference_steps=num_inference_steps,
            output_format=output_format,
            seed=seed,
            sync_mode=sync_mode,
        )

        return stable_audio_3_small_sfx_audio_outpainting_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.stable_audio_3_small_music_base_text_to_audio_input_output_format import (
    StableAudio3SmallMusicBaseTextToAudioInputOutputFormat,
    check_stable_audio_3_small_music_base_text_to_audio_input_output_format,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .stable_audio_3_small_music_base_text_to_audio_output import (
        StableAudio3SmallMusicBaseTextToAudioOutput,  # noqa: F401
    )


T = TypeVar("T", bound="StableAudio3SmallMusicBaseTextToAudioInput")


@_attrs_define
class StableAudio3SmallMusicBaseTextToAudioInput(
    FalInput["StableAudio3SmallMusicBaseTextToAudioOutput"],
    endpoint="fal-ai/stable-audio-3/small/music/base/text-to-audio",
):
    """Input of `fal-ai/stable-audio-3/small/music/base/text-to-audio` (text-to-audio). fal publishes no constraints for it
    (it comes from fal's TypeScript types): types, enums and required fields are checked before sending, bounds and
    lengths are not.

    """

    prompt: str
    """String."""
    bitrate: str | Unset = UNSET
    """String. Server default: "192k"."""
    duration: float | Unset = UNSET
    """Number. Server default: 30."""
    enable_prompt_expansion: bool | Unset = UNSET
    """Boolean."""
    enable_safety_checker: bool | Unset = UNSET
    """Boolean. Server default: true."""
    guidance_scale: float | Unset = UNSET
    """Number. Server default: 7."""
    negative_prompt: str | Unset = UNSET
    """String. Server default: ""."""
    num_inference_steps: float | Unset = UNSET
    """Number. Server default: 50."""
    output_format: StableAudio3SmallMusicBaseTextToAudioInputOutputFormat | Unset = UNSET
    """One of "mp3", "wav", "flac", "ogg", "opus", "m4a", "aac". Server default: "mp3"."""
    seed: float | Unset = UNSET
    """Number."""
    sync_mode: bool | Unset = UNSET
    """Boolean."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        bitrate = self.bitrate

        duration = self.duration

        enable_prompt_expansion = self.enable_prompt_expansion

        enable_safety_checker = self.enable_safety_checker

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
                "prompt": prompt,
            }
        )
        if bitrate is not UNSET:
            field_dict["bitrate"] = bitrate
        if duration is not UNSET:
            field_dict["duration"] = duration
        if enable_prompt_expansion is not UNSET:
            field_dict["enable_prompt_expansion"] = enable_prompt_expansion
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker
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
        prompt = d.pop("prompt")

        bitrate = d.pop("bitrate", UNSET)

        duration = d.pop("duration", UNSET)

        enable_prompt_expansion = d.pop("enable_prompt_expansion", UNSET)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        guidance_scale = d.pop("guidance_scale", UNSET)

        negative_prompt = d.pop("negative_prompt", UNSET)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: StableAudio3SmallMusicBaseTextToAudioInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_stable_audio_3_small_music_base_text_to_audio_input_output_format(
                _output_format
            )

        seed = d.pop("seed", UNSET)

        sync_mode = d.pop("sync_mode", UNSET)

        stable_audio_3_small_music_base_text_to_audio_input = cls(
            prompt=prompt,
            bitrate=bitrate,
            duration=duration,
            enable_prompt_expansion=enable_prompt_expansion,
            enable_safety_checker=enable_safety_checker,
            guidance_scale=guidance_scale,
            negative_prompt=negative_prompt,
            num_inference_steps=num_inference_steps,
            output_format=output_format,
            seed=seed,
            sync_mode=sync_mode,
        )

        return stable_audio_3_small_music_base_text_to_audio_input

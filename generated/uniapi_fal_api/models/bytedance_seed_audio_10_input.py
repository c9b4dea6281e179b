from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.bytedance_seed_audio_10_input_output_format import (
    BytedanceSeedAudio10InputOutputFormat,
    check_bytedance_seed_audio_10_input_output_format,
)
from ..models.bytedance_seed_audio_10_input_sample_rate import (
    BytedanceSeedAudio10InputSampleRate,
    check_bytedance_seed_audio_10_input_sample_rate,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .bytedance_seed_audio_10_output import BytedanceSeedAudio10Output  # noqa: F401


T = TypeVar("T", bound="BytedanceSeedAudio10Input")


@_attrs_define
class BytedanceSeedAudio10Input(
    FalInput["BytedanceSeedAudio10Output"], endpoint="bytedance/seed-audio-1.0"
):
    """Input of `bytedance/seed-audio-1.0` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript
    types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    prompt: str
    """String."""
    audio_urls: list[str] | Unset = UNSET
    """List of string."""
    image_url: str | Unset = UNSET
    """URL or local file."""
    multilingual: bool | Unset = UNSET
    """Boolean."""
    output_format: BytedanceSeedAudio10InputOutputFormat | Unset = UNSET
    """One of "wav", "mp3", "pcm", "ogg_opus". Server default: "mp3"."""
    pitch: float | Unset = UNSET
    """Number."""
    sample_rate: BytedanceSeedAudio10InputSampleRate | Unset = UNSET
    """One of 8000, 16000, 24000, 32000, 44100, 48000."""
    speed: float | Unset = UNSET
    """Number. Server default: 1."""
    voice: str | Unset = UNSET
    """String."""
    volume: float | Unset = UNSET
    """Number. Server default: 1."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        audio_urls: list[str] | Unset = UNSET
        if not isinstance(self.audio_urls, Unset):
            audio_urls = self.audio_urls

        image_url = self.image_url

        multilingual = self.multilingual

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        pitch = self.pitch

        sample_rate: int | Unset = UNSET
        if not isinstance(self.sample_rate, Unset):
            sample_rate = self.sample_rate

        speed = self.speed

        voice = self.voice

        volume = self.volume

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if audio_urls is not UNSET:
            field_dict["audio_urls"] = audio_urls
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if multilingual is not UNSET:
            field_dict["multilingual"] = multilingual
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if pitch is not UNSET:
            field_dict["pitch"] = pitch
        if sample_rate is not UNSET:
            field_dict["sample_rate"] = sample_rate
        if speed is not UNSET:
            field_dict["speed"] = speed
        if voice is not UNSET:
            field_dict["voice"] = voice
        if volume is not UNSET:
            field_dict["volume"] = volume

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        audio_urls = cast(list[str], d.pop("audio_urls", UNSET))

        image_url = d.pop("image_url", UNSET)

        multilingual = d.pop("multilingual", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: BytedanceSeedAudio10InputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_bytedance_seed_audio_10_input_output_format(_output_format)

        pitch = d.pop("pitch", UNSET)

        _sample_rate = d.pop("sample_rate", UNSET)
        sample_rate: BytedanceSeedAudio10InputSampleRate | Unset
        if isinstance(_sample_rate, Unset):
            sample_rate = UNSET
        else:
            sample_rate = check_bytedance_seed_audio_10_input_sample_rate(_sample_rate)

        speed = d.pop("speed", UNSET)

        voice = d.pop("voice", UNSET)

        volume = d.pop("volume", UNSET)

        bytedance_seed_audio_10_input = cls(
            prompt=prompt,
            audio_urls=audio_urls,
            image_url=image_url,
            multilingual=multilingual,
            output_format=output_format,
            pitch=pitch,
            sample_rate=sample_rate,
            speed=speed,
            voice=voice,
            volume=volume,
        )

        return bytedance_seed_audio_10_input

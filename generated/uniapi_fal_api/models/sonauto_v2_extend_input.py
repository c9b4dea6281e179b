from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.sonauto_v2_extend_input_output_bit_rate_type_0 import (
    SonautoV2ExtendInputOutputBitRateType0,
    check_sonauto_v2_extend_input_output_bit_rate_type_0,
)
from ..models.sonauto_v2_extend_input_output_format import (
    SonautoV2ExtendInputOutputFormat,
    check_sonauto_v2_extend_input_output_format,
)
from ..models.sonauto_v2_extend_input_side import (
    SonautoV2ExtendInputSide,
    check_sonauto_v2_extend_input_side,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .sonauto_v2_extend_output import SonautoV2ExtendOutput  # noqa: F401


T = TypeVar("T", bound="SonautoV2ExtendInput")


@_attrs_define
class SonautoV2ExtendInput(FalInput["SonautoV2ExtendOutput"], endpoint="sonauto/v2/extend"):
    """Input of `sonauto/v2/extend` (audio-to-audio). fal no longer lists this endpoint."""

    audio_url: str
    """Audio Url: string, 1 to 2,083 characters."""
    side: SonautoV2ExtendInputSide
    """Side: one of "left", "right"."""
    prompt: None | str | Unset = UNSET
    """Prompt: string or None."""
    tags: list[str] | None | Unset = UNSET
    """Tags: list of string or None."""
    lyrics_prompt: None | str | Unset = UNSET
    """Lyrics Prompt: string or None."""
    seed: int | None | Unset = UNSET
    """Seed: integer or None, -9,223,372,036,854,776,000 to 9,223,372,036,854,776,000."""
    prompt_strength: float | Unset = UNSET
    """Prompt Strength: number, 1.4 to 3.1. Server default: 1.8."""
    balance_strength: float | Unset = UNSET
    """Balance Strength: number, 0 to 1. Server default: 0.7."""
    num_songs: int | Unset = UNSET
    """Num Songs: integer, 1 to 2. Server default: 1."""
    output_format: SonautoV2ExtendInputOutputFormat | Unset = UNSET
    """Output Format: one of "flac", "mp3", "wav", "ogg", "m4a". Server default: "wav"."""
    output_bit_rate: None | SonautoV2ExtendInputOutputBitRateType0 | Unset = UNSET
    """Output Bit Rate: one of 128, 192, 256, 320 or None."""
    extend_duration: float | None | Unset = UNSET
    """Extend Duration: number or None, at most 85, more than 1."""
    crop_duration: float | Unset = UNSET
    """Crop Duration: number. Server default: 0."""

    def to_dict(self) -> dict[str, Any]:
        audio_url = self.audio_url

        side: str = self.side

        prompt: None | str | Unset
        if isinstance(self.prompt, Unset):
            prompt = UNSET
        else:
            prompt = self.prompt

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        lyrics_prompt: None | str | Unset
        if isinstance(self.lyrics_prompt, Unset):
            lyrics_prompt = UNSET
        else:
            lyrics_prompt = self.lyrics_prompt

        seed: int | None | Unset
        if isinstance(self.seed, Unset):
            seed = UNSET
        else:
            seed = self.seed

        prompt_strength = self.prompt_strength

        balance_strength = self.balance_strength

        num_songs = self.num_songs

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        output_bit_rate: int | None | Unset
        if isinstance(self.output_bit_rate, Unset):
            output_bit_rate = UNSET
        elif isinstance(self.output_bit_rate, int):
            output_bit_rate = self.output_bit_rate
        else:
            output_bit_rate = self.output_bit_rate

        extend_duration: float | None | Unset
        if isinstance(self.extend_duration, Unset):
            extend_duration = UNSET
        else:
            extend_duration = self.extend_duration

        crop_duration = self.crop_duration

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "audio_url": audio_url,
                "side": side,
            }
        )
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if tags is not UNSET:
            field_dict["tags"] = tags
        if lyrics_prompt is not UNSET:
            field_dict["lyrics_prompt"] = lyrics_prompt
        if seed is not UNSET:
            field_dict["seed"] = seed
        if prompt_strength is not UNSET:
            field_dict["prompt_strength"] = prompt_strength
        if balance_strength is not UNSET:
            field_dict["balance_strength"] = balance_strength
        if num_songs is not UNSET:
            field_dict["num_songs"] = num_songs
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if output_bit_rate is not UNSET:
            field_dict["output_bit_rate"] = output_bit_rate
        if extend_duration is not UNSET:
            field_dict["extend_duration"] = extend_duration
        if crop_duration is not UNSET:
            field_dict["crop_duration"] = crop_duration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        audio_url = d.pop("audio_url")

        side = check_sonauto_v2_extend_input_side(d.pop("side"))

        def _parse_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prompt = _parse_prompt(d.pop("prompt", UNSET))

        def _parse_tags(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tags_type_0 = cast(list[str], data)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

        def _parse_lyrics_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        lyrics_prompt = _parse_lyrics_prompt(d.pop("lyrics_prompt", UNSET))

        def _parse_seed(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        seed = _parse_seed(d.pop("seed", UNSET))

        prompt_strength = d.pop("prompt_strength", UNSET)

        balance_strength = d.pop("balance_strength", UNSET)

        num_songs = d.pop("num_songs", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: SonautoV2ExtendInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_sonauto_v2_extend_input_output_format(_output_format)

        def _parse_output_bit_rate(
            data: object,
        ) -> None | SonautoV2ExtendInputOutputBitRateType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                output_bit_rate_type_0 = check_sonauto_v2_extend_input_output_bit_rate_type_0(data)

                return output_bit_rate_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SonautoV2ExtendInputOutputBitRateType0 | Unset, data)

        output_bit_rate = _parse_output_bit_rate(d.pop("output_bit_rate", UNSET))

        def _parse_extend_duration(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        extend_duration = _parse_extend_duration(d.pop("extend_duration", UNSET))

        crop_duration = d.pop("crop_duration", UNSET)

        sonauto_v2_extend_input = cls(
            audio_url=audio_url,
            side=side,
            prompt=prompt,
            tags=tags,
            lyrics_prompt=lyrics_prompt,
            seed=seed,
            prompt_strength=prompt_strength,
            balance_strength=balance_strength,
            num_songs=num_songs,
            output_format=output_format,
            output_bit_rate=output_bit_rate,
            extend_duration=extend_duration,
            crop_duration=crop_duration,
        )

        return sonauto_v2_extend_input

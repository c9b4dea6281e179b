from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.sonauto_v2_text_to_music_input_output_bit_rate_type_0 import (
    SonautoV2TextToMusicInputOutputBitRateType0,
    check_sonauto_v2_text_to_music_input_output_bit_rate_type_0,
)
from ..models.sonauto_v2_text_to_music_input_output_format import (
    SonautoV2TextToMusicInputOutputFormat,
    check_sonauto_v2_text_to_music_input_output_format,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .sonauto_v2_text_to_music_output import SonautoV2TextToMusicOutput  # noqa: F401


T = TypeVar("T", bound="SonautoV2TextToMusicInput")


@_attrs_define
class SonautoV2TextToMusicInput(
    FalInput["SonautoV2TextToMusicOutput"], endpoint="sonauto/v2/text-to-music"
):
    """Input of `sonauto/v2/text-to-music` (text-to-audio). fal no longer lists this endpoint."""

    prompt: None | str | Unset = UNSET
    """Prompt: string or None."""
    tags: list[str] | None | Unset = UNSET
    """Tags: list of string or None."""
    lyrics_prompt: None | str | Unset = UNSET
    """Lyrics Prompt: string or None."""
    seed: int | None | Unset = UNSET
    """Seed: integer or None, -9,223,372,036,854,776,000 to 9,223,372,036,854,776,000."""
    prompt_strength: float | Unset = UNSET
    """Prompt Strength: number, 1.4 to 3.1. Server default: 2."""
    balance_strength: float | Unset = UNSET
    """Balance Strength: number, 0 to 1. Server default: 0.7."""
    num_songs: int | Unset = UNSET
    """Num Songs: integer, 1 to 2. Server default: 1."""
    output_format: SonautoV2TextToMusicInputOutputFormat | Unset = UNSET
    """Output Format: one of "flac", "mp3", "wav", "ogg", "m4a". Server default: "wav"."""
    output_bit_rate: None | SonautoV2TextToMusicInputOutputBitRateType0 | Unset = UNSET
    """Output Bit Rate: one of 128, 192, 256, 320 or None."""
    bpm: int | Literal["auto"] | None | Unset = UNSET
    """Bpm: integer or always "auto" or None. Server default: "auto"."""

    def to_dict(self) -> dict[str, Any]:
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

        bpm: int | Literal["auto"] | None | Unset
        if isinstance(self.bpm, Unset):
            bpm = UNSET
        else:
            bpm = self.bpm

        field_dict: dict[str, Any] = {}

        field_dict.update({})
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
        if bpm is not UNSET:
            field_dict["bpm"] = bpm

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

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
        output_format: SonautoV2TextToMusicInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_sonauto_v2_text_to_music_input_output_format(_output_format)

        def _parse_output_bit_rate(
            data: object,
        ) -> None | SonautoV2TextToMusicInputOutputBitRateType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                output_bit_rate_type_0 = (
                    check_sonauto_v2_text_to_music_input_output_bit_rate_type_0(data)
                )

                return output_bit_rate_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SonautoV2TextToMusicInputOutputBitRateType0 | Unset, data)

        output_bit_rate = _parse_output_bit_rate(d.pop("output_bit_rate", UNSET))

        def _parse_bpm(data: object) -> int | Literal["auto"] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            bpm_type_1 = cast(Literal["auto"], data)
            if bpm_type_1 != "auto":
                raise ValueError(f"bpm_type_1 must match const 'auto', got '{bpm_type_1}'")
            return bpm_type_1
            return cast(int | Literal["auto"] | None | Unset, data)

        bpm = _parse_bpm(d.pop("bpm", UNSET))

        sonauto_v2_text_to_music_input = cls(
            prompt=prompt,
            tags=tags,
            lyrics_prompt=lyrics_prompt,
            seed=seed,
            prompt_strength=prompt_strength,
            balance_strength=balance_strength,
            num_songs=num_songs,
            output_format=output_format,
            output_bit_rate=output_bit_rate,
            bpm=bpm,
        )

        return sonauto_v2_text_to_music_input

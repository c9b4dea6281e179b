from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.sonauto_v2_inpaint_input_output_bit_rate_type_0 import (
    SonautoV2InpaintInputOutputBitRateType0,
    check_sonauto_v2_inpaint_input_output_bit_rate_type_0,
)
from ..models.sonauto_v2_inpaint_input_output_format import (
    SonautoV2InpaintInputOutputFormat,
    check_sonauto_v2_inpaint_input_output_format,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.inpaint_section import InpaintSection
    from .sonauto_v2_inpaint_output import SonautoV2InpaintOutput  # noqa: F401


T = TypeVar("T", bound="SonautoV2InpaintInput")


@_attrs_define
class SonautoV2InpaintInput(FalInput["SonautoV2InpaintOutput"], endpoint="sonauto/v2/inpaint"):
    """Input of `sonauto/v2/inpaint` (text-to-audio). fal no longer lists this endpoint."""

    lyrics_prompt: str
    """Lyrics Prompt: string."""
    audio_url: str
    """Audio Url: string, 1 to 2,083 characters."""
    sections: list[InpaintSection]
    """Sections: list of InpaintSection."""
    tags: list[str] | Unset = UNSET
    """Tags: list of string."""
    seed: int | None | Unset = UNSET
    """Seed: integer or None, -9,223,372,036,854,776,000 to 9,223,372,036,854,776,000."""
    prompt_strength: float | Unset = UNSET
    """Prompt Strength: number, 1.4 to 3.1. Server default: 2."""
    balance_strength: float | Unset = UNSET
    """Balance Strength: number, 0 to 1. Server default: 0.7."""
    num_songs: int | Unset = UNSET
    """Num Songs: integer, 1 to 2. Server default: 1."""
    output_format: SonautoV2InpaintInputOutputFormat | Unset = UNSET
    """Output Format: one of "flac", "mp3", "wav", "ogg", "m4a". Server default: "wav"."""
    output_bit_rate: None | SonautoV2InpaintInputOutputBitRateType0 | Unset = UNSET
    """Output Bit Rate: one of 128, 192, 256, 320 or None."""
    selection_crop: bool | Unset = UNSET
    """Selection Crop: boolean. Server default: false."""

    def to_dict(self) -> dict[str, Any]:
        lyrics_prompt = self.lyrics_prompt

        audio_url = self.audio_url

        sections = []
        for sections_item_data in self.sections:
            sections_item = sections_item_data.to_dict()
            sections.append(sections_item)

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

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

        selection_crop = self.selection_crop

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "lyrics_prompt": lyrics_prompt,
                "audio_url": audio_url,
                "sections": sections,
            }
        )
        if tags is not UNSET:
            field_dict["tags"] = tags
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
        if selection_crop is not UNSET:
            field_dict["selection_crop"] = selection_crop

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.inpaint_section import InpaintSection  # noqa: PLC0415

        d = dict(src_dict)
        lyrics_prompt = d.pop("lyrics_prompt")

        audio_url = d.pop("audio_url")

        sections = []
        _sections = d.pop("sections")
        for sections_item_data in _sections:
            sections_item = InpaintSection.from_dict(sections_item_data)

            sections.append(sections_item)

        tags = cast(list[str], d.pop("tags", UNSET))

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
        output_format: SonautoV2InpaintInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_sonauto_v2_inpaint_input_output_format(_output_format)

        def _parse_output_bit_rate(
            data: object,
        ) -> None | SonautoV2InpaintInputOutputBitRateType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                output_bit_rate_type_0 = check_sonauto_v2_inpaint_input_output_bit_rate_type_0(data)

                return output_bit_rate_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SonautoV2InpaintInputOutputBitRateType0 | Unset, data)

        output_bit_rate = _parse_output_bit_rate(d.pop("output_bit_rate", UNSET))

        selection_crop = d.pop("selection_crop", UNSET)

        sonauto_v2_inpaint_input = cls(
            lyrics_prompt=lyrics_prompt,
            audio_url=audio_url,
            sections=sections,
            tags=tags,
            seed=seed,
            prompt_strength=prompt_strength,
            balance_strength=balance_strength,
            num_songs=num_songs,
            output_format=output_format,
            output_bit_rate=output_bit_rate,
            selection_crop=selection_crop,
        )

        return sonauto_v2_inpaint_input

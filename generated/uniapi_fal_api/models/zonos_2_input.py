from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .zonos_2_output import Zonos2Output  # noqa: F401


T = TypeVar("T", bound="Zonos2Input")


@_attrs_define
class Zonos2Input(FalInput["Zonos2Output"], endpoint="fal-ai/zonos2"):
    """Input of `fal-ai/zonos2` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript types):
    types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    reference_audio_url: str
    """URL or local file."""
    accurate_mode: bool | Unset = UNSET
    """Boolean. Server default: true."""
    clean_speaker_background: bool | Unset = UNSET
    """Boolean."""
    language: str | Unset = UNSET
    """String. Server default: "en_us"."""
    max_tokens: float | Unset = UNSET
    """Number."""
    min_p: float | Unset = UNSET
    """Number. Server default: 0.18."""
    seed: float | Unset = UNSET
    """Number."""
    temperature: float | Unset = UNSET
    """Number. Server default: 1.15."""
    text: str | Unset = UNSET
    """String. Server default: "\\"Fal\\" is the fastest solution for your audio generation."."""
    top_k: float | Unset = UNSET
    """Number. Server default: 106."""
    top_p: float | Unset = UNSET
    """Number."""

    def to_dict(self) -> dict[str, Any]:
        reference_audio_url = self.reference_audio_url

        accurate_mode = self.accurate_mode

        clean_speaker_background = self.clean_speaker_background

        language = self.language

        max_tokens = self.max_tokens

        min_p = self.min_p

        seed = self.seed

        temperature = self.temperature

        text = self.text

        top_k = self.top_k

        top_p = self.top_p

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "reference_audio_url": reference_audio_url,
            }
        )
        if accurate_mode is not UNSET:
            field_dict["accurate_mode"] = accurate_mode
        if clean_speaker_background is not UNSET:
            field_dict["clean_speaker_background"] = clean_speaker_background
        if language is not UNSET:
            field_dict["language"] = language
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens
        if min_p is not UNSET:
            field_dict["min_p"] = min_p
        if seed is not UNSET:
            field_dict["seed"] = seed
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if text is not UNSET:
            field_dict["text"] = text
        if top_k is not UNSET:
            field_dict["top_k"] = top_k
        if top_p is not UNSET:
            field_dict["top_p"] = top_p

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reference_audio_url = d.pop("reference_audio_url")

        accurate_mode = d.pop("accurate_mode", UNSET)

        clean_speaker_background = d.pop("clean_speaker_background", UNSET)

        language = d.pop("language", UNSET)

        max_tokens = d.pop("max_tokens", UNSET)

        min_p = d.pop("min_p", UNSET)

        seed = d.pop("seed", UNSET)

        temperature = d.pop("temperature", UNSET)

        text = d.pop("text", UNSET)

        top_k = d.pop("top_k", UNSET)

        top_p = d.pop("top_p", UNSET)

        zonos_2_input = cls(
            reference_audio_url=reference_audio_url,
            accurate_mode=accurate_mode,
            clean_speaker_background=clean_speaker_background,
            language=language,
            max_tokens=max_tokens,
            min_p=min_p,
            seed=seed,
            temperature=temperature,
            text=text,
            top_k=top_k,
            top_p=top_p,
        )

        return zonos_2_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.kokoro_american_english_input_voice import (
    KokoroAmericanEnglishInputVoice,
    check_kokoro_american_english_input_voice,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .kokoro_american_english_output import KokoroAmericanEnglishOutput  # noqa: F401


T = TypeVar("T", bound="KokoroAmericanEnglishInput")


@_attrs_define
class KokoroAmericanEnglishInput(
    FalInput["KokoroAmericanEnglishOutput"], endpoint="fal-ai/kokoro/american-english"
):
    """Input of `fal-ai/kokoro/american-english` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    prompt: str | Unset = UNSET
    """String. Server default: ""."""
    speed: float | Unset = UNSET
    """Number. Server default: 1."""
    voice: KokoroAmericanEnglishInputVoice | Unset = UNSET
    """One of "af_heart", "af_alloy", "af_aoede", "af_bella", "af_jessica", "af_kore", "af_nicole",
    "af_nova", ... (20 values). Server default: "af_heart"."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        speed = self.speed

        voice: str | Unset = UNSET
        if not isinstance(self.voice, Unset):
            voice = self.voice

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if speed is not UNSET:
            field_dict["speed"] = speed
        if voice is not UNSET:
            field_dict["voice"] = voice

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt", UNSET)

        speed = d.pop("speed", UNSET)

        _voice = d.pop("voice", UNSET)
        voice: KokoroAmericanEnglishInputVoice | Unset
        if isinstance(_voice, Unset):
            voice = UNSET
        else:
            voice = check_kokoro_american_english_input_voice(_voice)

        kokoro_american_english_input = cls(
            prompt=prompt,
            speed=speed,
            voice=voice,
        )

        return kokoro_american_english_input

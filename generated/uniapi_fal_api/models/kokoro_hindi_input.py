from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.kokoro_hindi_input_voice import (
    KokoroHindiInputVoice,
    check_kokoro_hindi_input_voice,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .kokoro_hindi_output import KokoroHindiOutput  # noqa: F401


T = TypeVar("T", bound="KokoroHindiInput")


@_attrs_define
class KokoroHindiInput(FalInput["KokoroHindiOutput"], endpoint="fal-ai/kokoro/hindi"):
    """Input of `fal-ai/kokoro/hindi` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript
    types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    prompt: str
    """String."""
    voice: KokoroHindiInputVoice
    """One of "hf_alpha", "hf_beta", "hm_omega", "hm_psi"."""
    speed: float | Unset = UNSET
    """Number. Server default: 1."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        voice: str = self.voice

        speed = self.speed

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
                "voice": voice,
            }
        )
        if speed is not UNSET:
            field_dict["speed"] = speed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        voice = check_kokoro_hindi_input_voice(d.pop("voice"))

        speed = d.pop("speed", UNSET)

        kokoro_hindi_input = cls(
            prompt=prompt,
            voice=voice,
            speed=speed,
        )

        return kokoro_hindi_input

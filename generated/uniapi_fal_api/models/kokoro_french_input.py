from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.kokoro_french_input_voice import (
    KokoroFrenchInputVoice,
    check_kokoro_french_input_voice,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .kokoro_french_output import KokoroFrenchOutput  # noqa: F401


T = TypeVar("T", bound="KokoroFrenchInput")


@_attrs_define
class KokoroFrenchInput(FalInput["KokoroFrenchOutput"], endpoint="fal-ai/kokoro/french"):
    """Input of `fal-ai/kokoro/french` (text-to-audio)."""

    prompt: str
    """Prompt: string."""
    voice: KokoroFrenchInputVoice
    """Voice: one of "ff_siwis"."""
    speed: float | Unset = UNSET
    """Speed: number, 0.1 to 5. Server default: 1."""

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

        voice = check_kokoro_french_input_voice(d.pop("voice"))

        speed = d.pop("speed", UNSET)

        kokoro_french_input = cls(
            prompt=prompt,
            voice=voice,
            speed=speed,
        )

        return kokoro_french_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.kokoro_italian_input_voice import (
    KokoroItalianInputVoice,
    check_kokoro_italian_input_voice,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .kokoro_italian_output import KokoroItalianOutput  # noqa: F401


T = TypeVar("T", bound="KokoroItalianInput")


@_attrs_define
class KokoroItalianInput(FalInput["KokoroItalianOutput"], endpoint="fal-ai/kokoro/italian"):
    """Input of `fal-ai/kokoro/italian` (text-to-audio)."""

    prompt: str
    """Prompt: string."""
    voice: KokoroItalianInputVoice
    """Voice: one of "if_sara", "im_nicola"."""
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

        voice = check_kokoro_italian_input_voice(d.pop("voice"))

        speed = d.pop("speed", UNSET)

        kokoro_italian_input = cls(
            prompt=prompt,
            voice=voice,
            speed=speed,
        )

        return kokoro_italian_input

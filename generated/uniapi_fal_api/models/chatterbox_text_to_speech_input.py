from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .chatterbox_text_to_speech_output import ChatterboxTextToSpeechOutput  # noqa: F401


T = TypeVar("T", bound="ChatterboxTextToSpeechInput")


@_attrs_define
class ChatterboxTextToSpeechInput(
    FalInput["ChatterboxTextToSpeechOutput"], endpoint="fal-ai/chatterbox/text-to-speech"
):
    """Input of `fal-ai/chatterbox/text-to-speech` (text-to-speech)."""

    text: str
    """Text: string."""
    audio_url: str | Unset = UNSET
    """Audio Url: string. Server default:
    "https://storage.googleapis.com/chatterbox-demo-samples/prompts/male_rickmorty.mp3"."""
    exaggeration: float | Unset = UNSET
    """Exaggeration: number, 0 to 1. Server default: 0.25."""
    temperature: float | Unset = UNSET
    """Temperature: number, 0.05 to 2. Server default: 0.7."""
    cfg: float | Unset = UNSET
    """Cfg: number, 0.1 to 1. Server default: 0.5."""
    seed: int | Unset = UNSET
    """Seed: integer."""

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        audio_url = self.audio_url

        exaggeration = self.exaggeration

        temperature = self.temperature

        cfg = self.cfg

        seed = self.seed

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "text": text,
            }
        )
        if audio_url is not UNSET:
            field_dict["audio_url"] = audio_url
        if exaggeration is not UNSET:
            field_dict["exaggeration"] = exaggeration
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if cfg is not UNSET:
            field_dict["cfg"] = cfg
        if seed is not UNSET:
            field_dict["seed"] = seed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text = d.pop("text")

        audio_url = d.pop("audio_url", UNSET)

        exaggeration = d.pop("exaggeration", UNSET)

        temperature = d.pop("temperature", UNSET)

        cfg = d.pop("cfg", UNSET)

        seed = d.pop("seed", UNSET)

        chatterbox_text_to_speech_input = cls(
            text=text,
            audio_url=audio_url,
            exaggeration=exaggeration,
            temperature=temperature,
            cfg=cfg,
            seed=seed,
        )

        return chatterbox_text_to_speech_input

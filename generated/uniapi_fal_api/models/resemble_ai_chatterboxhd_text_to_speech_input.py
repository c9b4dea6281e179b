from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.resemble_ai_chatterboxhd_text_to_speech_input_voice import (
    ResembleAiChatterboxhdTextToSpeechInputVoice,
    check_resemble_ai_chatterboxhd_text_to_speech_input_voice,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .resemble_ai_chatterboxhd_text_to_speech_output import (
        ResembleAiChatterboxhdTextToSpeechOutput,  # noqa: F401
    )


T = TypeVar("T", bound="ResembleAiChatterboxhdTextToSpeechInput")


@_attrs_define
class ResembleAiChatterboxhdTextToSpeechInput(
    FalInput["ResembleAiChatterboxhdTextToSpeechOutput"],
    endpoint="resemble-ai/chatterboxhd/text-to-speech",
):
    """Input of `resemble-ai/chatterboxhd/text-to-speech` (text-to-speech)."""

    text: str | Unset = UNSET
    """Text: string. Server default: "My name is Maximus Decimus Meridius, commander of the Armies
    of the North, General of the Felix Legions and loyal servant to the true emperor, Marcus
    Aurelius. Father to a murdered son, husband to a murdered wife. And I will have my
    vengeance, in this life or the next."."""
    voice: ResembleAiChatterboxhdTextToSpeechInputVoice | Unset = UNSET
    """Voice: one of "Aurora", "Blade", "Britney", "Carl", "Cliff", "Richard", "Rico", "Siobhan",
    ... (9 values)."""
    audio_url: str | Unset = UNSET
    """Audio Url: string."""
    exaggeration: float | Unset = UNSET
    """Exaggeration: number, 0.25 to 2. Server default: 0.5."""
    cfg: float | Unset = UNSET
    """Cfg: number, 0 to 1. Server default: 0.5."""
    high_quality_audio: bool | Unset = UNSET
    """High Quality Audio: boolean. Server default: false."""
    seed: int | Unset = UNSET
    """Seed: integer, at least 0. Server default: 0."""
    temperature: float | Unset = UNSET
    """Temperature: number, 0.05 to 5. Server default: 0.8."""

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        voice: str | Unset = UNSET
        if not isinstance(self.voice, Unset):
            voice = self.voice

        audio_url = self.audio_url

        exaggeration = self.exaggeration

        cfg = self.cfg

        high_quality_audio = self.high_quality_audio

        seed = self.seed

        temperature = self.temperature

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if text is not UNSET:
            field_dict["text"] = text
        if voice is not UNSET:
            field_dict["voice"] = voice
        if audio_url is not UNSET:
            field_dict["audio_url"] = audio_url
        if exaggeration is not UNSET:
            field_dict["exaggeration"] = exaggeration
        if cfg is not UNSET:
            field_dict["cfg"] = cfg
        if high_quality_audio is not UNSET:
            field_dict["high_quality_audio"] = high_quality_audio
        if seed is not UNSET:
            field_dict["seed"] = seed
        if temperature is not UNSET:
            field_dict["temperature"] = temperature

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text = d.pop("text", UNSET)

        _voice = d.pop("voice", UNSET)
        voice: ResembleAiChatterboxhdTextToSpeechInputVoice | Unset
        if isinstance(_voice, Unset):
            voice = UNSET
        else:
            voice = check_resemble_ai_chatterboxhd_text_to_speech_input_voice(_voice)

        audio_url = d.pop("audio_url", UNSET)

        exaggeration = d.pop("exaggeration", UNSET)

        cfg = d.pop("cfg", UNSET)

        high_quality_audio = d.pop("high_quality_audio", UNSET)

        seed = d.pop("seed", UNSET)

        temperature = d.pop("temperature", UNSET)

        resemble_ai_chatterboxhd_text_to_speech_input = cls(
            text=text,
            voice=voice,
            audio_url=audio_url,
            exaggeration=exaggeration,
            cfg=cfg,
            high_quality_audio=high_quality_audio,
            seed=seed,
            temperature=temperature,
        )

        return resemble_ai_chatterboxhd_text_to_speech_input

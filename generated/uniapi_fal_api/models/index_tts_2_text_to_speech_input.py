from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.emotional_strengths import EmotionalStrengths
    from .index_tts_2_text_to_speech_output import IndexTts2TextToSpeechOutput  # noqa: F401


T = TypeVar("T", bound="IndexTts2TextToSpeechInput")


@_attrs_define
class IndexTts2TextToSpeechInput(
    FalInput["IndexTts2TextToSpeechOutput"], endpoint="fal-ai/index-tts-2/text-to-speech"
):
    """Input of `fal-ai/index-tts-2/text-to-speech` (text-to-speech)."""

    audio_url: str
    """Audio Url: string."""
    prompt: str
    """Prompt: string."""
    emotional_audio_url: str | Unset = UNSET
    """Emotional Audio Url: string."""
    strength: float | Unset = UNSET
    """Strength: number, 0 to 1. Server default: 1."""
    emotional_strengths: EmotionalStrengths | Unset = UNSET
    """Emotional Strengths: EmotionalStrengths."""
    should_use_prompt_for_emotion: bool | Unset = UNSET
    """Should Use Prompt For Emotion: boolean. Server default: false."""
    emotion_prompt: str | Unset = UNSET
    """Emotion Prompt: string."""

    def to_dict(self) -> dict[str, Any]:
        audio_url = self.audio_url

        prompt = self.prompt

        emotional_audio_url = self.emotional_audio_url

        strength = self.strength

        emotional_strengths: dict[str, Any] | Unset = UNSET
        if not isinstance(self.emotional_strengths, Unset):
            emotional_strengths = self.emotional_strengths.to_dict()

        should_use_prompt_for_emotion = self.should_use_prompt_for_emotion

        emotion_prompt = self.emotion_prompt

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "audio_url": audio_url,
                "prompt": prompt,
            }
        )
        if emotional_audio_url is not UNSET:
            field_dict["emotional_audio_url"] = emotional_audio_url
        if strength is not UNSET:
            field_dict["strength"] = strength
        if emotional_strengths is not UNSET:
            field_dict["emotional_strengths"] = emotional_strengths
        if should_use_prompt_for_emotion is not UNSET:
            field_dict["should_use_prompt_for_emotion"] = should_use_prompt_for_emotion
        if emotion_prompt is not UNSET:
            field_dict["emotion_prompt"] = emotion_prompt

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.emotional_strengths import EmotionalStrengths  # noqa: PLC0415

        d = dict(src_dict)
        audio_url = d.pop("audio_url")

        prompt = d.pop("prompt")

        emotional_audio_url = d.pop("emotional_audio_url", UNSET)

        strength = d.pop("strength", UNSET)

        _emotional_strengths = d.pop("emotional_strengths", UNSET)
        emotional_strengths: EmotionalStrengths | Unset
        if isinstance(_emotional_strengths, Unset):
            emotional_strengths = UNSET
        else:
            emotional_strengths = EmotionalStrengths.from_dict(_emotional_strengths)

        should_use_prompt_for_emotion = d.pop("should_use_prompt_for_emotion", UNSET)

        emotion_prompt = d.pop("emotion_prompt", UNSET)

        index_tts_2_text_to_speech_input = cls(
            audio_url=audio_url,
            prompt=prompt,
            emotional_audio_url=emotional_audio_url,
            strength=strength,
            emotional_strengths=emotional_strengths,
            should_use_prompt_for_emotion=should_use_prompt_for_emotion,
            emotion_prompt=emotion_prompt,
        )

        return index_tts_2_text_to_speech_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.kling_video_v1_tts_input_voice_id import (
    KlingVideoV1TtsInputVoiceId,
    check_kling_video_v1_tts_input_voice_id,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .kling_video_v1_tts_output import KlingVideoV1TtsOutput  # noqa: F401


T = TypeVar("T", bound="KlingVideoV1TtsInput")


@_attrs_define
class KlingVideoV1TtsInput(FalInput["KlingVideoV1TtsOutput"], endpoint="fal-ai/kling-video/v1/tts"):
    """Input of `fal-ai/kling-video/v1/tts` (text-to-speech)."""

    text: str
    """Text: string, at most 500 characters."""
    voice_id: KlingVideoV1TtsInputVoiceId | Unset = UNSET
    """Voice Id: one of "genshin_vindi2", "zhinen_xuesheng", "AOT", "ai_shatang", "genshin_klee2",
    "genshin_kirara", "ai_kaiya", "oversea_male1", ... (46 values). Server default:
    "genshin_vindi2"."""
    voice_speed: float | Unset = UNSET
    """Voice Speed: number, 0.8 to 2. Server default: 1."""

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        voice_id: str | Unset = UNSET
        if not isinstance(self.voice_id, Unset):
            voice_id = self.voice_id

        voice_speed = self.voice_speed

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "text": text,
            }
        )
        if voice_id is not UNSET:
            field_dict["voice_id"] = voice_id
        if voice_speed is not UNSET:
            field_dict["voice_speed"] = voice_speed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text = d.pop("text")

        _voice_id = d.pop("voice_id", UNSET)
        voice_id: KlingVideoV1TtsInputVoiceId | Unset
        if isinstance(_voice_id, Unset):
            voice_id = UNSET
        else:
            voice_id = check_kling_video_v1_tts_input_voice_id(_voice_id)

        voice_speed = d.pop("voice_speed", UNSET)

        kling_video_v1_tts_input = cls(
            text=text,
            voice_id=voice_id,
            voice_speed=voice_speed,
        )

        return kling_video_v1_tts_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.kling_video_lipsync_text_to_video_input_voice_id import (
    KlingVideoLipsyncTextToVideoInputVoiceId,
    check_kling_video_lipsync_text_to_video_input_voice_id,
)
from ..models.kling_video_lipsync_text_to_video_input_voice_language import (
    KlingVideoLipsyncTextToVideoInputVoiceLanguage,
    check_kling_video_lipsync_text_to_video_input_voice_language,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .kling_video_lipsync_text_to_video_output import (
        KlingVideoLipsyncTextToVideoOutput,  # noqa: F401
    )


T = TypeVar("T", bound="KlingVideoLipsyncTextToVideoInput")


@_attrs_define
class KlingVideoLipsyncTextToVideoInput(
    FalInput["KlingVideoLipsyncTextToVideoOutput"],
    endpoint="fal-ai/kling-video/lipsync/text-to-video",
):
    """Input of `fal-ai/kling-video/lipsync/text-to-video` (text-to-video). fal publishes no constraints for it (it comes
    from fal's TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are
    not.

    """

    text: str
    """String."""
    video_url: str
    """URL or local file."""
    voice_id: KlingVideoLipsyncTextToVideoInputVoiceId
    """One of "genshin_vindi2", "zhinen_xuesheng", "AOT", "ai_shatang", "genshin_klee2",
    "genshin_kirara", "ai_kaiya", "oversea_male1", ... (46 values)."""
    voice_language: KlingVideoLipsyncTextToVideoInputVoiceLanguage | Unset = UNSET
    """One of "zh", "en". Server default: "en"."""
    voice_speed: float | Unset = UNSET
    """Number. Server default: 1."""

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        video_url = self.video_url

        voice_id: str = self.voice_id

        voice_language: str | Unset = UNSET
        if not isinstance(self.voice_language, Unset):
            voice_language = self.voice_language

        voice_speed = self.voice_speed

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "text": text,
                "video_url": video_url,
                "voice_id": voice_id,
            }
        )
        if voice_language is not UNSET:
            field_dict["voice_language"] = voice_language
        if voice_speed is not UNSET:
            field_dict["voice_speed"] = voice_speed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text = d.pop("text")

        video_url = d.pop("video_url")

        voice_id = check_kling_video_lipsync_text_to_video_input_voice_id(d.pop("voice_id"))

        _voice_language = d.pop("voice_language", UNSET)
        voice_language: KlingVideoLipsyncTextToVideoInputVoiceLanguage | Unset
        if isinstance(_voice_language, Unset):
            voice_language = UNSET
        else:
            voice_language = check_kling_video_lipsync_text_to_video_input_voice_language(
                _voice_language
            )

        voice_speed = d.pop("voice_speed", UNSET)

        kling_video_lipsync_text_to_video_input = cls(
            text=text,
            video_url=video_url,
            voice_id=voice_id,
            voice_language=voice_language,
            voice_speed=voice_speed,
        )

        return kling_video_lipsync_text_to_video_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.minimax_preview_speech_25_hd_input_language_boost import (
    MinimaxPreviewSpeech25HdInputLanguageBoost,
    check_minimax_preview_speech_25_hd_input_language_boost,
)
from ..models.minimax_preview_speech_25_hd_input_output_format import (
    MinimaxPreviewSpeech25HdInputOutputFormat,
    check_minimax_preview_speech_25_hd_input_output_format,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audio_setting import AudioSetting
    from ..models.pronunciation_dict import PronunciationDict
    from ..models.voice_setting import VoiceSetting
    from .minimax_preview_speech_25_hd_output import MinimaxPreviewSpeech25HdOutput  # noqa: F401


T = TypeVar("T", bound="MinimaxPreviewSpeech25HdInput")


@_attrs_define
class MinimaxPreviewSpeech25HdInput(
    FalInput["MinimaxPreviewSpeech25HdOutput"], endpoint="fal-ai/minimax/preview/speech-2.5-hd"
):
    """Input of `fal-ai/minimax/preview/speech-2.5-hd` (text-to-speech)."""

    text: str
    """Text: string, 1 to 5,000 characters."""
    voice_setting: VoiceSetting | Unset = UNSET
    """Voice Setting: VoiceSetting. Server default: {"speed": 1, "vol": 1, "voice_id":
    "Wise_Woman", "pitch": 0, "english_normalization": false}."""
    audio_setting: AudioSetting | Unset = UNSET
    """Audio Setting: AudioSetting."""
    language_boost: MinimaxPreviewSpeech25HdInputLanguageBoost | Unset = UNSET
    """Language Boost: one of "Persian", "Filipino", "Tamil", "Chinese", "Chinese,Yue", "English",
    "Arabic", "Russian", ... (41 values)."""
    output_format: MinimaxPreviewSpeech25HdInputOutputFormat | Unset = UNSET
    """Output Format: one of "url", "hex". Server default: "hex"."""
    pronunciation_dict: PronunciationDict | Unset = UNSET
    """Pronunciation Dict: PronunciationDict."""

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        voice_setting: dict[str, Any] | Unset = UNSET
        if not isinstance(self.voice_setting, Unset):
            voice_setting = self.voice_setting.to_dict()

        audio_setting: dict[str, Any] | Unset = UNSET
        if not isinstance(self.audio_setting, Unset):
            audio_setting = self.audio_setting.to_dict()

        language_boost: str | Unset = UNSET
        if not isinstance(self.language_boost, Unset):
            language_boost = self.language_boost

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        pronunciation_dict: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pronunciation_dict, Unset):
            pronunciation_dict = self.pronunciation_dict.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "text": text,
            }
        )
        if voice_setting is not UNSET:
            field_dict["voice_setting"] = voice_setting
        if audio_setting is not UNSET:
            field_dict["audio_setting"] = audio_setting
        if language_boost is not UNSET:
            field_dict["language_boost"] = language_boost
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if pronunciation_dict is not UNSET:
            field_dict["pronunciation_dict"] = pronunciation_dict

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audio_setting import AudioSetting  # noqa: PLC0415
        from ..models.pronunciation_dict import PronunciationDict  # noqa: PLC0415
        from ..models.voice_setting import VoiceSetting  # noqa: PLC0415

        d = dict(src_dict)
        text = d.pop("text")

        _voice_setting = d.pop("voice_setting", UNSET)
        voice_setting: VoiceSetting | Unset
        if isinstance(_voice_setting, Unset):
            voice_setting = UNSET
        else:
            voice_setting = VoiceSetting.from_dict(_voice_setting)

        _audio_setting = d.pop("audio_setting", UNSET)
        audio_setting: AudioSetting | Unset
        if isinstance(_audio_setting, Unset):
            audio_setting = UNSET
        else:
            audio_setting = AudioSetting.from_dict(_audio_setting)

        _language_boost = d.pop("language_boost", UNSET)
        language_boost: MinimaxPreviewSpeech25HdInputLanguageBoost | Unset
        if isinstance(_language_boost, Unset):
            language_boost = UNSET
        else:
            language_boost = check_minimax_preview_speech_25_hd_input_language_boost(
                _language_boost
            )

        _output_format = d.pop("output_format", UNSET)
        output_format: MinimaxPreviewSpeech25HdInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_minimax_preview_speech_25_hd_input_output_format(_output_format)

        _pronunciation_dict = d.pop("pronunciation_dict", UNSET)
        pronunciation_dict: PronunciationDict | Unset
        if isinstance(_pronunciation_dict, Unset):
            pronunciation_dict = UNSET
        else:
            pronunciation_dict = PronunciationDict.from_dict(_pronunciation_dict)

        minimax_preview_speech_25_hd_input = cls(
            text=text,
            voice_setting=voice_setting,
            audio_setting=audio_setting,
            language_boost=language_boost,
            output_format=output_format,
            pronunciation_dict=pronunciation_dict,
        )

        return minimax_preview_speech_25_hd_input

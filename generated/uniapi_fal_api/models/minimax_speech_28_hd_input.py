from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.minimax_speech_28_hd_input_language_boost import (
    MinimaxSpeech28HdInputLanguageBoost,
    check_minimax_speech_28_hd_input_language_boost,
)
from ..models.minimax_speech_28_hd_input_output_format import (
    MinimaxSpeech28HdInputOutputFormat,
    check_minimax_speech_28_hd_input_output_format,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audio_setting_vb976c0 import AudioSettingVB976C0
    from ..models.loudness_normalization_setting_v87ae2a import (
        LoudnessNormalizationSettingV87AE2A,
    )
    from ..models.pronunciation_dict import PronunciationDict
    from ..models.voice_modify import VoiceModify
    from ..models.voice_setting_v8e793a import VoiceSettingV8E793A
    from .minimax_speech_28_hd_output import MinimaxSpeech28HdOutput  # noqa: F401


T = TypeVar("T", bound="MinimaxSpeech28HdInput")


@_attrs_define
class MinimaxSpeech28HdInput(
    FalInput["MinimaxSpeech28HdOutput"], endpoint="fal-ai/minimax/speech-2.8-hd"
):
    """Input of `fal-ai/minimax/speech-2.8-hd` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    prompt: str
    """String."""
    audio_setting: AudioSettingVB976C0 | Unset = UNSET
    """AudioSettingVB976C0."""
    language_boost: MinimaxSpeech28HdInputLanguageBoost | Unset = UNSET
    """One of "Chinese", "Chinese,Yue", "English", "Arabic", "Russian", "Spanish", "French",
    "Portuguese", ... (38 values)."""
    normalization_setting: LoudnessNormalizationSettingV87AE2A | Unset = UNSET
    """LoudnessNormalizationSettingV87AE2A."""
    output_format: MinimaxSpeech28HdInputOutputFormat | Unset = UNSET
    """One of "url", "hex". Server default: "hex"."""
    pronunciation_dict: PronunciationDict | Unset = UNSET
    """PronunciationDict."""
    voice_modify: VoiceModify | Unset = UNSET
    """VoiceModify."""
    voice_setting: VoiceSettingV8E793A | Unset = UNSET
    """VoiceSettingV8E793A."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        audio_setting: dict[str, Any] | Unset = UNSET
        if not isinstance(self.audio_setting, Unset):
            audio_setting = self.audio_setting.to_dict()

        language_boost: str | Unset = UNSET
        if not isinstance(self.language_boost, Unset):
            language_boost = self.language_boost

        normalization_setting: dict[str, Any] | Unset = UNSET
        if not isinstance(self.normalization_setting, Unset):
            normalization_setting = self.normalization_setting.to_dict()

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        pronunciation_dict: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pronunciation_dict, Unset):
            pronunciation_dict = self.pronunciation_dict.to_dict()

        voice_modify: dict[str, Any] | Unset = UNSET
        if not isinstance(self.voice_modify, Unset):
            voice_modify = self.voice_modify.to_dict()

        voice_setting: dict[str, Any] | Unset = UNSET
        if not isinstance(self.voice_setting, Unset):
            voice_setting = self.voice_setting.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if audio_setting is not UNSET:
            field_dict["audio_setting"] = audio_setting
        if language_boost is not UNSET:
            field_dict["language_boost"] = language_boost
        if normalization_setting is not UNSET:
            field_dict["normalization_setting"] = normalization_setting
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if pronunciation_dict is not UNSET:
            field_dict["pronunciation_dict"] = pronunciation_dict
        if voice_modify is not UNSET:
            field_dict["voice_modify"] = voice_modify
        if voice_setting is not UNSET:
            field_dict["voice_setting"] = voice_setting

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audio_setting_vb976c0 import AudioSettingVB976C0  # noqa: PLC0415
        from ..models.loudness_normalization_setting_v87ae2a import (
            LoudnessNormalizationSettingV87AE2A,  # noqa: PLC0415
        )
        from ..models.pronunciation_dict import PronunciationDict  # noqa: PLC0415
        from ..models.voice_modify import VoiceModify  # noqa: PLC0415
        from ..models.voice_setting_v8e793a import VoiceSettingV8E793A  # noqa: PLC0415

        d = dict(src_dict)
        prompt = d.pop("prompt")

        _audio_setting = d.pop("audio_setting", UNSET)
        audio_setting: AudioSettingVB976C0 | Unset
        if isinstance(_audio_setting, Unset):
            audio_setting = UNSET
        else:
            audio_setting = AudioSettingVB976C0.from_dict(_audio_setting)

        _language_boost = d.pop("language_boost", UNSET)
        language_boost: MinimaxSpeech28HdInputLanguageBoost | Unset
        if isinstance(_language_boost, Unset):
            language_boost = UNSET
        else:
            language_boost = check_minimax_speech_28_hd_input_language_boost(_language_boost)

        _normalization_setting = d.pop("normalization_setting", UNSET)
        normalization_setting: LoudnessNormalizationSettingV87AE2A | Unset
        if isinstance(_normalization_setting, Unset):
            normalization_setting = UNSET
        else:
            normalization_setting = LoudnessNormalizationSettingV87AE2A.from_dict(
                _normalization_setting
            )

        _output_format = d.pop("output_format", UNSET)
        output_format: MinimaxSpeech28HdInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_minimax_speech_28_hd_input_output_format(_output_format)

        _pronunciation_dict = d.pop("pronunciation_dict", UNSET)
        pronunciation_dict: PronunciationDict | Unset
        if isinstance(_pronunciation_dict, Unset):
            pronunciation_dict = UNSET
        else:
            pronunciation_dict = PronunciationDict.from_dict(_pronunciation_dict)

        _voice_modify = d.pop("voice_modify", UNSET)
        voice_modify: VoiceModify | Unset
        if isinstance(_voice_modify, Unset):
            voice_modify = UNSET
        else:
            voice_modify = VoiceModify.from_dict(_voice_modify)

        _voice_setting = d.pop("voice_setting", UNSET)
        voice_setting: VoiceSettingV8E793A | Unset
        if isinstance(_voice_setting, Unset):
            voice_setting = UNSET
        else:
            voice_setting = VoiceSettingV8E793A.from_dict(_voice_setting)

        minimax_speech_28_hd_input = cls(
            prompt=prompt,
            audio_setting=audio_setting,
            language_boost=language_boost,
            normalization_setting=normalization_setting,
            output_format=output_format,
            pronunciation_dict=pronunciation_dict,
            voice_modify=voice_modify,
            voice_setting=voice_setting,
        )

        return minimax_speech_28_hd_input

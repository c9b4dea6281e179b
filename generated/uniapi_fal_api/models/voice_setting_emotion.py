from typing import Literal

VoiceSettingEmotion = Literal[
    "angry", "disgusted", "fearful", "happy", "neutral", "sad", "surprised"
]

VOICE_SETTING_EMOTION_VALUES: set[VoiceSettingEmotion] = {
    "angry",
    "disgusted",
    "fearful",
    "happy",
    "neutral",
    "sad",
    "surprised",
}


def check_voice_setting_emotion(value: str) -> VoiceSettingEmotion:
    if value in VOICE_SETTING_EMOTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VOICE_SETTING_EMOTION_VALUES!r}")

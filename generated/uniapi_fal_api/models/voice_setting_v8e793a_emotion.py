from typing import Literal

VoiceSettingV8E793AEmotion = Literal[
    "angry", "disgusted", "fearful", "happy", "neutral", "sad", "surprised"
]

VOICE_SETTING_V8E793A_EMOTION_VALUES: set[VoiceSettingV8E793AEmotion] = {
    "angry",
    "disgusted",
    "fearful",
    "happy",
    "neutral",
    "sad",
    "surprised",
}


def check_voice_setting_v8e793a_emotion(value: str) -> VoiceSettingV8E793AEmotion:
    if value in VOICE_SETTING_V8E793A_EMOTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VOICE_SETTING_V8E793A_EMOTION_VALUES!r}"
    )

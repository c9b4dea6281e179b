from typing import Literal

AlibabaQwenAudio3TtsInputLanguage = Literal[
    "Auto",
    "Chinese",
    "English",
    "French",
    "German",
    "Italian",
    "Japanese",
    "Korean",
    "Portuguese",
    "Russian",
    "Spanish",
]

ALIBABA_QWEN_AUDIO_3_TTS_INPUT_LANGUAGE_VALUES: set[AlibabaQwenAudio3TtsInputLanguage] = {
    "Auto",
    "Chinese",
    "English",
    "French",
    "German",
    "Italian",
    "Japanese",
    "Korean",
    "Portuguese",
    "Russian",
    "Spanish",
}


def check_alibaba_qwen_audio_3_tts_input_language(value: str) -> AlibabaQwenAudio3TtsInputLanguage:
    if value in ALIBABA_QWEN_AUDIO_3_TTS_INPUT_LANGUAGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ALIBABA_QWEN_AUDIO_3_TTS_INPUT_LANGUAGE_VALUES!r}"
    )

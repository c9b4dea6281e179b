from typing import Literal

Qwen3TtsTextToSpeech17BInputLanguage = Literal[
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

QWEN_3_TTS_TEXT_TO_SPEECH_17B_INPUT_LANGUAGE_VALUES: set[Qwen3TtsTextToSpeech17BInputLanguage] = {
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


def check_qwen_3_tts_text_to_speech_17b_input_language(
    value: str,
) -> Qwen3TtsTextToSpeech17BInputLanguage:
    if value in QWEN_3_TTS_TEXT_TO_SPEECH_17B_INPUT_LANGUAGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QWEN_3_TTS_TEXT_TO_SPEECH_17B_INPUT_LANGUAGE_VALUES!r}"
    )

from typing import Literal

BytedanceSeedSpeechTtsV2InputLanguage = Literal[
    "de", "en", "es-mx", "fr", "id", "it", "ja", "ko", "pt-br", "zh"
]

BYTEDANCE_SEED_SPEECH_TTS_V2_INPUT_LANGUAGE_VALUES: set[BytedanceSeedSpeechTtsV2InputLanguage] = {
    "de",
    "en",
    "es-mx",
    "fr",
    "id",
    "it",
    "ja",
    "ko",
    "pt-br",
    "zh",
}


def check_bytedance_seed_speech_tts_v2_input_language(
    value: str,
) -> BytedanceSeedSpeechTtsV2InputLanguage:
    if value in BYTEDANCE_SEED_SPEECH_TTS_V2_INPUT_LANGUAGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BYTEDANCE_SEED_SPEECH_TTS_V2_INPUT_LANGUAGE_VALUES!r}"
    )

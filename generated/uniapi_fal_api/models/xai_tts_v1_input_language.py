from typing import Literal

XaiTtsV1InputLanguage = Literal[
    "ar-AE",
    "ar-EG",
    "ar-SA",
    "auto",
    "bn",
    "de",
    "en",
    "es-ES",
    "es-MX",
    "fr",
    "hi",
    "id",
    "it",
    "ja",
    "ko",
    "pt-BR",
    "pt-PT",
    "ru",
    "tr",
    "vi",
    "zh",
]

XAI_TTS_V1_INPUT_LANGUAGE_VALUES: set[XaiTtsV1InputLanguage] = {
    "ar-AE",
    "ar-EG",
    "ar-SA",
    "auto",
    "bn",
    "de",
    "en",
    "es-ES",
    "es-MX",
    "fr",
    "hi",
    "id",
    "it",
    "ja",
    "ko",
    "pt-BR",
    "pt-PT",
    "ru",
    "tr",
    "vi",
    "zh",
}


def check_xai_tts_v1_input_language(value: str) -> XaiTtsV1InputLanguage:
    if value in XAI_TTS_V1_INPUT_LANGUAGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {XAI_TTS_V1_INPUT_LANGUAGE_VALUES!r}"
    )

from typing import Literal

CohereTranscribeInputLanguage = Literal[
    "ar", "de", "el", "en", "es", "fr", "it", "ja", "ko", "nl", "pl", "pt", "vi", "zh"
]

COHERE_TRANSCRIBE_INPUT_LANGUAGE_VALUES: set[CohereTranscribeInputLanguage] = {
    "ar",
    "de",
    "el",
    "en",
    "es",
    "fr",
    "it",
    "ja",
    "ko",
    "nl",
    "pl",
    "pt",
    "vi",
    "zh",
}


def check_cohere_transcribe_input_language(value: str) -> CohereTranscribeInputLanguage:
    if value in COHERE_TRANSCRIBE_INPUT_LANGUAGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {COHERE_TRANSCRIBE_INPUT_LANGUAGE_VALUES!r}"
    )

from typing import Literal

Tada3BTextToSpeechInputLanguage = Literal[
    "ar", "ch", "de", "en", "es", "fr", "it", "ja", "pl", "pt"
]

TADA_3B_TEXT_TO_SPEECH_INPUT_LANGUAGE_VALUES: set[Tada3BTextToSpeechInputLanguage] = {
    "ar",
    "ch",
    "de",
    "en",
    "es",
    "fr",
    "it",
    "ja",
    "pl",
    "pt",
}


def check_tada_3b_text_to_speech_input_language(value: str) -> Tada3BTextToSpeechInputLanguage:
    if value in TADA_3B_TEXT_TO_SPEECH_INPUT_LANGUAGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TADA_3B_TEXT_TO_SPEECH_INPUT_LANGUAGE_VALUES!r}"
    )

from typing import Literal

Tada1BTextToSpeechInputLanguage = Literal[
    "ar", "ch", "de", "en", "es", "fr", "it", "ja", "pl", "pt"
]

TADA_1B_TEXT_TO_SPEECH_INPUT_LANGUAGE_VALUES: set[Tada1BTextToSpeechInputLanguage] = {
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


def check_tada_1b_text_to_speech_input_language(value: str) -> Tada1BTextToSpeechInputLanguage:
    if value in TADA_1B_TEXT_TO_SPEECH_INPUT_LANGUAGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TADA_1B_TEXT_TO_SPEECH_INPUT_LANGUAGE_VALUES!r}"
    )

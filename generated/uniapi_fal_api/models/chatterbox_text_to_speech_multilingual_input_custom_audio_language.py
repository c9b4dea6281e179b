from typing import Literal

ChatterboxTextToSpeechMultilingualInputCustomAudioLanguage = Literal[
    "arabic",
    "chinese",
    "danish",
    "dutch",
    "english",
    "finnish",
    "french",
    "german",
    "greek",
    "hebrew",
    "hindi",
    "italian",
    "japanese",
    "korean",
    "malay",
    "norwegian",
    "polish",
    "portuguese",
    "russian",
    "spanish",
    "swahili",
    "swedish",
    "turkish",
]

CHATTERBOX_TEXT_TO_SPEECH_MULTILINGUAL_INPUT_CUSTOM_AUDIO_LANGUAGE_VALUES: set[
    ChatterboxTextToSpeechMultilingualInputCustomAudioLanguage
] = {
    "arabic",
    "chinese",
    "danish",
    "dutch",
    "english",
    "finnish",
    "french",
    "german",
    "greek",
    "hebrew",
    "hindi",
    "italian",
    "japanese",
    "korean",
    "malay",
    "norwegian",
    "polish",
    "portuguese",
    "russian",
    "spanish",
    "swahili",
    "swedish",
    "turkish",
}


def check_chatterbox_text_to_speech_multilingual_input_custom_audio_language(
    value: str,
) -> ChatterboxTextToSpeechMultilingualInputCustomAudioLanguage:
    if value in CHATTERBOX_TEXT_TO_SPEECH_MULTILINGUAL_INPUT_CUSTOM_AUDIO_LANGUAGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHATTERBOX_TEXT_TO_SPEECH_MULTILINGUAL_INPUT_CUSTOM_AUDIO_LANGUAGE_VALUES!r}"
    )

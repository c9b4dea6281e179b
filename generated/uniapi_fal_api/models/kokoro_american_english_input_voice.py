from typing import Literal

KokoroAmericanEnglishInputVoice = Literal[
    "af_alloy",
    "af_aoede",
    "af_bella",
    "af_heart",
    "af_jessica",
    "af_kore",
    "af_nicole",
    "af_nova",
    "af_river",
    "af_sarah",
    "af_sky",
    "am_adam",
    "am_echo",
    "am_eric",
    "am_fenrir",
    "am_liam",
    "am_michael",
    "am_onyx",
    "am_puck",
    "am_santa",
]

KOKORO_AMERICAN_ENGLISH_INPUT_VOICE_VALUES: set[KokoroAmericanEnglishInputVoice] = {
    "af_alloy",
    "af_aoede",
    "af_bella",
    "af_heart",
    "af_jessica",
    "af_kore",
    "af_nicole",
    "af_nova",
    "af_river",
    "af_sarah",
    "af_sky",
    "am_adam",
    "am_echo",
    "am_eric",
    "am_fenrir",
    "am_liam",
    "am_michael",
    "am_onyx",
    "am_puck",
    "am_santa",
}


def check_kokoro_american_english_input_voice(value: str) -> KokoroAmericanEnglishInputVoice:
    if value in KOKORO_AMERICAN_ENGLISH_INPUT_VOICE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KOKORO_AMERICAN_ENGLISH_INPUT_VOICE_VALUES!r}"
    )

from typing import Literal

OrpheusTtsInputVoice = Literal["dan", "jess", "leah", "leo", "mia", "tara", "zac", "zoe"]

ORPHEUS_TTS_INPUT_VOICE_VALUES: set[OrpheusTtsInputVoice] = {
    "dan",
    "jess",
    "leah",
    "leo",
    "mia",
    "tara",
    "zac",
    "zoe",
}


def check_orpheus_tts_input_voice(value: str) -> OrpheusTtsInputVoice:
    if value in ORPHEUS_TTS_INPUT_VOICE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ORPHEUS_TTS_INPUT_VOICE_VALUES!r}"
    )

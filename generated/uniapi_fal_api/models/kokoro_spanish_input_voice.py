from typing import Literal

KokoroSpanishInputVoice = Literal["ef_dora", "em_alex", "em_santa"]

KOKORO_SPANISH_INPUT_VOICE_VALUES: set[KokoroSpanishInputVoice] = {
    "ef_dora",
    "em_alex",
    "em_santa",
}


def check_kokoro_spanish_input_voice(value: str) -> KokoroSpanishInputVoice:
    if value in KOKORO_SPANISH_INPUT_VOICE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KOKORO_SPANISH_INPUT_VOICE_VALUES!r}"
    )

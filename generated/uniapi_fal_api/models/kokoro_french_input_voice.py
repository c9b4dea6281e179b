from typing import Literal

KokoroFrenchInputVoice = Literal["ff_siwis"]

KOKORO_FRENCH_INPUT_VOICE_VALUES: set[KokoroFrenchInputVoice] = {
    "ff_siwis",
}


def check_kokoro_french_input_voice(value: str) -> KokoroFrenchInputVoice:
    if value in KOKORO_FRENCH_INPUT_VOICE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KOKORO_FRENCH_INPUT_VOICE_VALUES!r}"
    )

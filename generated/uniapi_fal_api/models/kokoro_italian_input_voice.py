from typing import Literal

KokoroItalianInputVoice = Literal["if_sara", "im_nicola"]

KOKORO_ITALIAN_INPUT_VOICE_VALUES: set[KokoroItalianInputVoice] = {
    "if_sara",
    "im_nicola",
}


def check_kokoro_italian_input_voice(value: str) -> KokoroItalianInputVoice:
    if value in KOKORO_ITALIAN_INPUT_VOICE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KOKORO_ITALIAN_INPUT_VOICE_VALUES!r}"
    )

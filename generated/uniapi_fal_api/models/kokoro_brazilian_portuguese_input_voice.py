from typing import Literal

KokoroBrazilianPortugueseInputVoice = Literal["pf_dora", "pm_alex", "pm_santa"]

KOKORO_BRAZILIAN_PORTUGUESE_INPUT_VOICE_VALUES: set[KokoroBrazilianPortugueseInputVoice] = {
    "pf_dora",
    "pm_alex",
    "pm_santa",
}


def check_kokoro_brazilian_portuguese_input_voice(
    value: str,
) -> KokoroBrazilianPortugueseInputVoice:
    if value in KOKORO_BRAZILIAN_PORTUGUESE_INPUT_VOICE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KOKORO_BRAZILIAN_PORTUGUESE_INPUT_VOICE_VALUES!r}"
    )

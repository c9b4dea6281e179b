from typing import Literal

KokoroJapaneseInputVoice = Literal[
    "jf_alpha", "jf_gongitsune", "jf_nezumi", "jf_tebukuro", "jm_kumo"
]

KOKORO_JAPANESE_INPUT_VOICE_VALUES: set[KokoroJapaneseInputVoice] = {
    "jf_alpha",
    "jf_gongitsune",
    "jf_nezumi",
    "jf_tebukuro",
    "jm_kumo",
}


def check_kokoro_japanese_input_voice(value: str) -> KokoroJapaneseInputVoice:
    if value in KOKORO_JAPANESE_INPUT_VOICE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KOKORO_JAPANESE_INPUT_VOICE_VALUES!r}"
    )

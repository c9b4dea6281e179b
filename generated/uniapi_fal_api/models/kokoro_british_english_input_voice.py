from typing import Literal

KokoroBritishEnglishInputVoice = Literal[
    "bf_alice",
    "bf_emma",
    "bf_isabella",
    "bf_lily",
    "bm_daniel",
    "bm_fable",
    "bm_george",
    "bm_lewis",
]

KOKORO_BRITISH_ENGLISH_INPUT_VOICE_VALUES: set[KokoroBritishEnglishInputVoice] = {
    "bf_alice",
    "bf_emma",
    "bf_isabella",
    "bf_lily",
    "bm_daniel",
    "bm_fable",
    "bm_george",
    "bm_lewis",
}


def check_kokoro_british_english_input_voice(value: str) -> KokoroBritishEnglishInputVoice:
    if value in KOKORO_BRITISH_ENGLISH_INPUT_VOICE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KOKORO_BRITISH_ENGLISH_INPUT_VOICE_VALUES!r}"
    )

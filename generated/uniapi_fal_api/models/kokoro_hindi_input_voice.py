from typing import Literal

KokoroHindiInputVoice = Literal["hf_alpha", "hf_beta", "hm_omega", "hm_psi"]

KOKORO_HINDI_INPUT_VOICE_VALUES: set[KokoroHindiInputVoice] = {
    "hf_alpha",
    "hf_beta",
    "hm_omega",
    "hm_psi",
}


def check_kokoro_hindi_input_voice(value: str) -> KokoroHindiInputVoice:
    if value in KOKORO_HINDI_INPUT_VOICE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KOKORO_HINDI_INPUT_VOICE_VALUES!r}"
    )

from typing import Literal

F5TtsInputModelType = Literal["E2-TTS", "F5-TTS"]

F5_TTS_INPUT_MODEL_TYPE_VALUES: set[F5TtsInputModelType] = {
    "E2-TTS",
    "F5-TTS",
}


def check_f5_tts_input_model_type(value: str) -> F5TtsInputModelType:
    if value in F5_TTS_INPUT_MODEL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {F5_TTS_INPUT_MODEL_TYPE_VALUES!r}"
    )

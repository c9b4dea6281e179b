from typing import Literal

GeminiTtsInputModel = Literal["gemini-2.5-flash-tts", "gemini-2.5-pro-tts"]

GEMINI_TTS_INPUT_MODEL_VALUES: set[GeminiTtsInputModel] = {
    "gemini-2.5-flash-tts",
    "gemini-2.5-pro-tts",
}


def check_gemini_tts_input_model(value: str) -> GeminiTtsInputModel:
    if value in GEMINI_TTS_INPUT_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GEMINI_TTS_INPUT_MODEL_VALUES!r}"
    )

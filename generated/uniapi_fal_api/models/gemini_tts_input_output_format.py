from typing import Literal

GeminiTtsInputOutputFormat = Literal["mp3", "ogg_opus", "wav"]

GEMINI_TTS_INPUT_OUTPUT_FORMAT_VALUES: set[GeminiTtsInputOutputFormat] = {
    "mp3",
    "ogg_opus",
    "wav",
}


def check_gemini_tts_input_output_format(value: str) -> GeminiTtsInputOutputFormat:
    if value in GEMINI_TTS_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GEMINI_TTS_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )

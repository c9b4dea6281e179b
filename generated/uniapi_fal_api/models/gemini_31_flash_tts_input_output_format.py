from typing import Literal

Gemini31FlashTtsInputOutputFormat = Literal["mp3", "ogg_opus", "wav"]

GEMINI_31_FLASH_TTS_INPUT_OUTPUT_FORMAT_VALUES: set[Gemini31FlashTtsInputOutputFormat] = {
    "mp3",
    "ogg_opus",
    "wav",
}


def check_gemini_31_flash_tts_input_output_format(value: str) -> Gemini31FlashTtsInputOutputFormat:
    if value in GEMINI_31_FLASH_TTS_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GEMINI_31_FLASH_TTS_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )

from typing import Literal

Tada3BTextToSpeechInputOutputFormat = Literal["mp3", "wav"]

TADA_3B_TEXT_TO_SPEECH_INPUT_OUTPUT_FORMAT_VALUES: set[Tada3BTextToSpeechInputOutputFormat] = {
    "mp3",
    "wav",
}


def check_tada_3b_text_to_speech_input_output_format(
    value: str,
) -> Tada3BTextToSpeechInputOutputFormat:
    if value in TADA_3B_TEXT_TO_SPEECH_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TADA_3B_TEXT_TO_SPEECH_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )

from typing import Literal

Tada1BTextToSpeechInputOutputFormat = Literal["mp3", "wav"]

TADA_1B_TEXT_TO_SPEECH_INPUT_OUTPUT_FORMAT_VALUES: set[Tada1BTextToSpeechInputOutputFormat] = {
    "mp3",
    "wav",
}


def check_tada_1b_text_to_speech_input_output_format(
    value: str,
) -> Tada1BTextToSpeechInputOutputFormat:
    if value in TADA_1B_TEXT_TO_SPEECH_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TADA_1B_TEXT_TO_SPEECH_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )

from typing import Literal

DemucsInputOutputFormat = Literal["mp3", "wav"]

DEMUCS_INPUT_OUTPUT_FORMAT_VALUES: set[DemucsInputOutputFormat] = {
    "mp3",
    "wav",
}


def check_demucs_input_output_format(value: str) -> DemucsInputOutputFormat:
    if value in DEMUCS_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DEMUCS_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )

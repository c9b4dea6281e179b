from typing import Literal

MayaInputOutputFormat = Literal["mp3", "wav"]

MAYA_INPUT_OUTPUT_FORMAT_VALUES: set[MayaInputOutputFormat] = {
    "mp3",
    "wav",
}


def check_maya_input_output_format(value: str) -> MayaInputOutputFormat:
    if value in MAYA_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MAYA_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )

from typing import Literal

MayaBatchInputOutputFormat = Literal["mp3", "wav"]

MAYA_BATCH_INPUT_OUTPUT_FORMAT_VALUES: set[MayaBatchInputOutputFormat] = {
    "mp3",
    "wav",
}


def check_maya_batch_input_output_format(value: str) -> MayaBatchInputOutputFormat:
    if value in MAYA_BATCH_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MAYA_BATCH_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )

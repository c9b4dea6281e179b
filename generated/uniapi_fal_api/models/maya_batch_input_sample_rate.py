from typing import Literal

MayaBatchInputSampleRate = Literal["24 kHz", "48 kHz"]

MAYA_BATCH_INPUT_SAMPLE_RATE_VALUES: set[MayaBatchInputSampleRate] = {
    "24 kHz",
    "48 kHz",
}


def check_maya_batch_input_sample_rate(value: str) -> MayaBatchInputSampleRate:
    if value in MAYA_BATCH_INPUT_SAMPLE_RATE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MAYA_BATCH_INPUT_SAMPLE_RATE_VALUES!r}"
    )

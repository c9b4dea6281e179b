from typing import Literal

MayaInputSampleRate = Literal["24 kHz", "48 kHz"]

MAYA_INPUT_SAMPLE_RATE_VALUES: set[MayaInputSampleRate] = {
    "24 kHz",
    "48 kHz",
}


def check_maya_input_sample_rate(value: str) -> MayaInputSampleRate:
    if value in MAYA_INPUT_SAMPLE_RATE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MAYA_INPUT_SAMPLE_RATE_VALUES!r}"
    )

from typing import Literal

NemotronAsrStreamInputAcceleration = Literal["high", "low", "medium", "none"]

NEMOTRON_ASR_STREAM_INPUT_ACCELERATION_VALUES: set[NemotronAsrStreamInputAcceleration] = {
    "high",
    "low",
    "medium",
    "none",
}


def check_nemotron_asr_stream_input_acceleration(value: str) -> NemotronAsrStreamInputAcceleration:
    if value in NEMOTRON_ASR_STREAM_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NEMOTRON_ASR_STREAM_INPUT_ACCELERATION_VALUES!r}"
    )

from typing import Literal

NemotronAsrInputAcceleration = Literal["high", "low", "medium", "none"]

NEMOTRON_ASR_INPUT_ACCELERATION_VALUES: set[NemotronAsrInputAcceleration] = {
    "high",
    "low",
    "medium",
    "none",
}


def check_nemotron_asr_input_acceleration(value: str) -> NemotronAsrInputAcceleration:
    if value in NEMOTRON_ASR_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NEMOTRON_ASR_INPUT_ACCELERATION_VALUES!r}"
    )

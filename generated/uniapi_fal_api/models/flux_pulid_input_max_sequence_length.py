from typing import Literal

FluxPulidInputMaxSequenceLength = Literal["128", "256", "512"]

FLUX_PULID_INPUT_MAX_SEQUENCE_LENGTH_VALUES: set[FluxPulidInputMaxSequenceLength] = {
    "128",
    "256",
    "512",
}


def check_flux_pulid_input_max_sequence_length(value: str) -> FluxPulidInputMaxSequenceLength:
    if value in FLUX_PULID_INPUT_MAX_SEQUENCE_LENGTH_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_PULID_INPUT_MAX_SEQUENCE_LENGTH_VALUES!r}"
    )

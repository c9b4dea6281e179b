from typing import Literal

Flux2MaxInputSafetyTolerance = Literal["1", "2", "3", "4", "5"]

FLUX_2_MAX_INPUT_SAFETY_TOLERANCE_VALUES: set[Flux2MaxInputSafetyTolerance] = {
    "1",
    "2",
    "3",
    "4",
    "5",
}


def check_flux_2_max_input_safety_tolerance(value: str) -> Flux2MaxInputSafetyTolerance:
    if value in FLUX_2_MAX_INPUT_SAFETY_TOLERANCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_2_MAX_INPUT_SAFETY_TOLERANCE_VALUES!r}"
    )

from typing import Literal

Flux2MaxEditInputSafetyTolerance = Literal["1", "2", "3", "4", "5"]

FLUX_2_MAX_EDIT_INPUT_SAFETY_TOLERANCE_VALUES: set[Flux2MaxEditInputSafetyTolerance] = {
    "1",
    "2",
    "3",
    "4",
    "5",
}


def check_flux_2_max_edit_input_safety_tolerance(value: str) -> Flux2MaxEditInputSafetyTolerance:
    if value in FLUX_2_MAX_EDIT_INPUT_SAFETY_TOLERANCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_2_MAX_EDIT_INPUT_SAFETY_TOLERANCE_VALUES!r}"
    )

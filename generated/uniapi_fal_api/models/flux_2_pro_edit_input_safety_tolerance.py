from typing import Literal

Flux2ProEditInputSafetyTolerance = Literal["1", "2", "3", "4", "5"]

FLUX_2_PRO_EDIT_INPUT_SAFETY_TOLERANCE_VALUES: set[Flux2ProEditInputSafetyTolerance] = {
    "1",
    "2",
    "3",
    "4",
    "5",
}


def check_flux_2_pro_edit_input_safety_tolerance(value: str) -> Flux2ProEditInputSafetyTolerance:
    if value in FLUX_2_PRO_EDIT_INPUT_SAFETY_TOLERANCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_2_PRO_EDIT_INPUT_SAFETY_TOLERANCE_VALUES!r}"
    )

from typing import Literal

Flux2FlexEditInputSafetyTolerance = Literal["1", "2", "3", "4", "5"]

FLUX_2_FLEX_EDIT_INPUT_SAFETY_TOLERANCE_VALUES: set[Flux2FlexEditInputSafetyTolerance] = {
    "1",
    "2",
    "3",
    "4",
    "5",
}


def check_flux_2_flex_edit_input_safety_tolerance(value: str) -> Flux2FlexEditInputSafetyTolerance:
    if value in FLUX_2_FLEX_EDIT_INPUT_SAFETY_TOLERANCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_2_FLEX_EDIT_INPUT_SAFETY_TOLERANCE_VALUES!r}"
    )

from typing import Literal

Flux2FlexInputSafetyTolerance = Literal["1", "2", "3", "4", "5"]

FLUX_2_FLEX_INPUT_SAFETY_TOLERANCE_VALUES: set[Flux2FlexInputSafetyTolerance] = {
    "1",
    "2",
    "3",
    "4",
    "5",
}


def check_flux_2_flex_input_safety_tolerance(value: str) -> Flux2FlexInputSafetyTolerance:
    if value in FLUX_2_FLEX_INPUT_SAFETY_TOLERANCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_2_FLEX_INPUT_SAFETY_TOLERANCE_VALUES!r}"
    )

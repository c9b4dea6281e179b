from typing import Literal

FluxProKontextMaxMultiInputSafetyTolerance = Literal["1", "2", "3", "4", "5", "6"]

FLUX_PRO_KONTEXT_MAX_MULTI_INPUT_SAFETY_TOLERANCE_VALUES: set[
    FluxProKontextMaxMultiInputSafetyTolerance
] = {
    "1",
    "2",
    "3",
    "4",
    "5",
    "6",
}


def check_flux_pro_kontext_max_multi_input_safety_tolerance(
    value: str,
) -> FluxProKontextMaxMultiInputSafetyTolerance:
    if value in FLUX_PRO_KONTEXT_MAX_MULTI_INPUT_SAFETY_TOLERANCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_PRO_KONTEXT_MAX_MULTI_INPUT_SAFETY_TOLERANCE_VALUES!r}"
    )

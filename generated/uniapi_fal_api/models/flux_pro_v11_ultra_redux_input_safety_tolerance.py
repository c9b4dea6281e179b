from typing import Literal

FluxProV11UltraReduxInputSafetyTolerance = Literal["1", "2", "3", "4", "5", "6"]

FLUX_PRO_V11_ULTRA_REDUX_INPUT_SAFETY_TOLERANCE_VALUES: set[
    FluxProV11UltraReduxInputSafetyTolerance
] = {
    "1",
    "2",
    "3",
    "4",
    "5",
    "6",
}


def check_flux_pro_v11_ultra_redux_input_safety_tolerance(
    value: str,
) -> FluxProV11UltraReduxInputSafetyTolerance:
    if value in FLUX_PRO_V11_ULTRA_REDUX_INPUT_SAFETY_TOLERANCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_PRO_V11_ULTRA_REDUX_INPUT_SAFETY_TOLERANCE_VALUES!r}"
    )

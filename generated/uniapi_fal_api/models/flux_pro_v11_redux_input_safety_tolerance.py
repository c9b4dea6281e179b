from typing import Literal

FluxProV11ReduxInputSafetyTolerance = Literal["1", "2", "3", "4", "5", "6"]

FLUX_PRO_V11_REDUX_INPUT_SAFETY_TOLERANCE_VALUES: set[FluxProV11ReduxInputSafetyTolerance] = {
    "1",
    "2",
    "3",
    "4",
    "5",
    "6",
}


def check_flux_pro_v11_redux_input_safety_tolerance(
    value: str,
) -> FluxProV11ReduxInputSafetyTolerance:
    if value in FLUX_PRO_V11_REDUX_INPUT_SAFETY_TOLERANCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_PRO_V11_REDUX_INPUT_SAFETY_TOLERANCE_VALUES!r}"
    )

from typing import Literal

EdittoInputAccelerationType0 = Literal["low", "none", "regular"]

EDITTO_INPUT_ACCELERATION_TYPE_0_VALUES: set[EdittoInputAccelerationType0] = {
    "low",
    "none",
    "regular",
}


def check_editto_input_acceleration_type_0(value: str) -> EdittoInputAccelerationType0:
    if value in EDITTO_INPUT_ACCELERATION_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EDITTO_INPUT_ACCELERATION_TYPE_0_VALUES!r}"
    )

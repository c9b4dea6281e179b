from typing import Literal

WeightInputUnit = Literal["g", "kg", "lb", "oz"]

WEIGHT_INPUT_UNIT_VALUES: set[WeightInputUnit] = {
    "g",
    "kg",
    "lb",
    "oz",
}


def check_weight_input_unit(value: str) -> WeightInputUnit:
    if value in WEIGHT_INPUT_UNIT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WEIGHT_INPUT_UNIT_VALUES!r}")

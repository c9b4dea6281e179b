from typing import Literal

CapacityInputUnit = Literal["cups", "fl_oz", "gal", "l", "ml", "qt"]

CAPACITY_INPUT_UNIT_VALUES: set[CapacityInputUnit] = {
    "cups",
    "fl_oz",
    "gal",
    "l",
    "ml",
    "qt",
}


def check_capacity_input_unit(value: str) -> CapacityInputUnit:
    if value in CAPACITY_INPUT_UNIT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CAPACITY_INPUT_UNIT_VALUES!r}")

from typing import Literal

DimensionEntryPosition = Literal["bottom", "left", "right", "top"]

DIMENSION_ENTRY_POSITION_VALUES: set[DimensionEntryPosition] = {
    "bottom",
    "left",
    "right",
    "top",
}


def check_dimension_entry_position(value: str) -> DimensionEntryPosition:
    if value in DIMENSION_ENTRY_POSITION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DIMENSION_ENTRY_POSITION_VALUES!r}"
    )

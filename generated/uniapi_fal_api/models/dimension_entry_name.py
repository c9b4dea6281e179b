from typing import Literal

DimensionEntryName = Literal["height", "width_bottom", "width_top"]

DIMENSION_ENTRY_NAME_VALUES: set[DimensionEntryName] = {
    "height",
    "width_bottom",
    "width_top",
}


def check_dimension_entry_name(value: str) -> DimensionEntryName:
    if value in DIMENSION_ENTRY_NAME_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DIMENSION_ENTRY_NAME_VALUES!r}")

from typing import Literal

DimensionEntryUnit = Literal['"', "'", "cm", "ft", "in", "m", "mm"]

DIMENSION_ENTRY_UNIT_VALUES: set[DimensionEntryUnit] = {
    '"',
    "'",
    "cm",
    "ft",
    "in",
    "m",
    "mm",
}


def check_dimension_entry_unit(value: str) -> DimensionEntryUnit:
    if value in DIMENSION_ENTRY_UNIT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DIMENSION_ENTRY_UNIT_VALUES!r}")

from typing import Literal

DreamshaperInputFormat = Literal["jpeg", "png"]

DREAMSHAPER_INPUT_FORMAT_VALUES: set[DreamshaperInputFormat] = {
    "jpeg",
    "png",
}


def check_dreamshaper_input_format(value: str) -> DreamshaperInputFormat:
    if value in DREAMSHAPER_INPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DREAMSHAPER_INPUT_FORMAT_VALUES!r}"
    )

from typing import Literal

BackgroundMode = Literal["Color", "Image", "Transparent"]

BACKGROUND_MODE_VALUES: set[BackgroundMode] = {
    "Color",
    "Image",
    "Transparent",
}


def check_background_mode(value: str) -> BackgroundMode:
    if value in BACKGROUND_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BACKGROUND_MODE_VALUES!r}")

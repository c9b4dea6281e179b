from typing import Literal

AspectRatioRatio = Literal["16:9", "1:1", "3:4", "4:3", "9:16"]

ASPECT_RATIO_RATIO_VALUES: set[AspectRatioRatio] = {
    "16:9",
    "1:1",
    "3:4",
    "4:3",
    "9:16",
}


def check_aspect_ratio_ratio(value: str) -> AspectRatioRatio:
    if value in ASPECT_RATIO_RATIO_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ASPECT_RATIO_RATIO_VALUES!r}")

from typing import Literal

MagiInputAspectRatio = Literal["16:9", "1:1", "9:16", "auto"]

MAGI_INPUT_ASPECT_RATIO_VALUES: set[MagiInputAspectRatio] = {
    "16:9",
    "1:1",
    "9:16",
    "auto",
}


def check_magi_input_aspect_ratio(value: str) -> MagiInputAspectRatio:
    if value in MAGI_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MAGI_INPUT_ASPECT_RATIO_VALUES!r}"
    )

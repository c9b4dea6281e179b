from typing import Literal

MagiInputResolution = Literal["480p", "720p"]

MAGI_INPUT_RESOLUTION_VALUES: set[MagiInputResolution] = {
    "480p",
    "720p",
}


def check_magi_input_resolution(value: str) -> MagiInputResolution:
    if value in MAGI_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MAGI_INPUT_RESOLUTION_VALUES!r}")

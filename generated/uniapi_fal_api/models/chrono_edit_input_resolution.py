from typing import Literal

ChronoEditInputResolution = Literal["480p", "720p"]

CHRONO_EDIT_INPUT_RESOLUTION_VALUES: set[ChronoEditInputResolution] = {
    "480p",
    "720p",
}


def check_chrono_edit_input_resolution(value: str) -> ChronoEditInputResolution:
    if value in CHRONO_EDIT_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHRONO_EDIT_INPUT_RESOLUTION_VALUES!r}"
    )

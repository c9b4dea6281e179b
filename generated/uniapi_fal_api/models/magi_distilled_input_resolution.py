from typing import Literal

MagiDistilledInputResolution = Literal["480p", "720p"]

MAGI_DISTILLED_INPUT_RESOLUTION_VALUES: set[MagiDistilledInputResolution] = {
    "480p",
    "720p",
}


def check_magi_distilled_input_resolution(value: str) -> MagiDistilledInputResolution:
    if value in MAGI_DISTILLED_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MAGI_DISTILLED_INPUT_RESOLUTION_VALUES!r}"
    )

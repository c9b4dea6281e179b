from typing import Literal

CreatifyAuroraInputResolution = Literal["480p", "720p"]

CREATIFY_AURORA_INPUT_RESOLUTION_VALUES: set[CreatifyAuroraInputResolution] = {
    "480p",
    "720p",
}


def check_creatify_aurora_input_resolution(value: str) -> CreatifyAuroraInputResolution:
    if value in CREATIFY_AURORA_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATIFY_AURORA_INPUT_RESOLUTION_VALUES!r}"
    )

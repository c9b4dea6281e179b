from typing import Literal

InfinitalkInputResolution = Literal["480p", "720p"]

INFINITALK_INPUT_RESOLUTION_VALUES: set[InfinitalkInputResolution] = {
    "480p",
    "720p",
}


def check_infinitalk_input_resolution(value: str) -> InfinitalkInputResolution:
    if value in INFINITALK_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INFINITALK_INPUT_RESOLUTION_VALUES!r}"
    )

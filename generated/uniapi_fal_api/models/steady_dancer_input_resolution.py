from typing import Literal

SteadyDancerInputResolution = Literal["480p", "576p", "720p"]

STEADY_DANCER_INPUT_RESOLUTION_VALUES: set[SteadyDancerInputResolution] = {
    "480p",
    "576p",
    "720p",
}


def check_steady_dancer_input_resolution(value: str) -> SteadyDancerInputResolution:
    if value in STEADY_DANCER_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {STEADY_DANCER_INPUT_RESOLUTION_VALUES!r}"
    )

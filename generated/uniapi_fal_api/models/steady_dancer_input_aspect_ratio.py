from typing import Literal

SteadyDancerInputAspectRatio = Literal["16:9", "1:1", "9:16", "auto"]

STEADY_DANCER_INPUT_ASPECT_RATIO_VALUES: set[SteadyDancerInputAspectRatio] = {
    "16:9",
    "1:1",
    "9:16",
    "auto",
}


def check_steady_dancer_input_aspect_ratio(value: str) -> SteadyDancerInputAspectRatio:
    if value in STEADY_DANCER_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {STEADY_DANCER_INPUT_ASPECT_RATIO_VALUES!r}"
    )

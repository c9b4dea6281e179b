from typing import Literal

PixverseC1TransitionInputResolution = Literal["1080p", "360p", "540p", "720p"]

PIXVERSE_C1_TRANSITION_INPUT_RESOLUTION_VALUES: set[PixverseC1TransitionInputResolution] = {
    "1080p",
    "360p",
    "540p",
    "720p",
}


def check_pixverse_c1_transition_input_resolution(
    value: str,
) -> PixverseC1TransitionInputResolution:
    if value in PIXVERSE_C1_TRANSITION_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_C1_TRANSITION_INPUT_RESOLUTION_VALUES!r}"
    )

from typing import Literal

PixverseV5TransitionInputResolution = Literal["1080p", "360p", "540p", "720p"]

PIXVERSE_V5_TRANSITION_INPUT_RESOLUTION_VALUES: set[PixverseV5TransitionInputResolution] = {
    "1080p",
    "360p",
    "540p",
    "720p",
}


def check_pixverse_v5_transition_input_resolution(
    value: str,
) -> PixverseV5TransitionInputResolution:
    if value in PIXVERSE_V5_TRANSITION_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_V5_TRANSITION_INPUT_RESOLUTION_VALUES!r}"
    )

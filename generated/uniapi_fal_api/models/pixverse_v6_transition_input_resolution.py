from typing import Literal

PixverseV6TransitionInputResolution = Literal["1080p", "360p", "540p", "720p"]

PIXVERSE_V6_TRANSITION_INPUT_RESOLUTION_VALUES: set[PixverseV6TransitionInputResolution] = {
    "1080p",
    "360p",
    "540p",
    "720p",
}


def check_pixverse_v6_transition_input_resolution(
    value: str,
) -> PixverseV6TransitionInputResolution:
    if value in PIXVERSE_V6_TRANSITION_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_V6_TRANSITION_INPUT_RESOLUTION_VALUES!r}"
    )

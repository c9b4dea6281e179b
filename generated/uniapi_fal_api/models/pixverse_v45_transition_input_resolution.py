from typing import Literal

PixverseV45TransitionInputResolution = Literal["1080p", "360p", "540p", "720p"]

PIXVERSE_V45_TRANSITION_INPUT_RESOLUTION_VALUES: set[PixverseV45TransitionInputResolution] = {
    "1080p",
    "360p",
    "540p",
    "720p",
}


def check_pixverse_v45_transition_input_resolution(
    value: str,
) -> PixverseV45TransitionInputResolution:
    if value in PIXVERSE_V45_TRANSITION_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_V45_TRANSITION_INPUT_RESOLUTION_VALUES!r}"
    )

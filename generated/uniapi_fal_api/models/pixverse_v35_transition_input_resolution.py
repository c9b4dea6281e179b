from typing import Literal

PixverseV35TransitionInputResolution = Literal["1080p", "360p", "540p", "720p"]

PIXVERSE_V35_TRANSITION_INPUT_RESOLUTION_VALUES: set[PixverseV35TransitionInputResolution] = {
    "1080p",
    "360p",
    "540p",
    "720p",
}


def check_pixverse_v35_transition_input_resolution(
    value: str,
) -> PixverseV35TransitionInputResolution:
    if value in PIXVERSE_V35_TRANSITION_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_V35_TRANSITION_INPUT_RESOLUTION_VALUES!r}"
    )

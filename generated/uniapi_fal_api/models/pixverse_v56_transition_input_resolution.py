from typing import Literal

PixverseV56TransitionInputResolution = Literal["1080p", "360p", "540p", "720p"]

PIXVERSE_V56_TRANSITION_INPUT_RESOLUTION_VALUES: set[PixverseV56TransitionInputResolution] = {
    "1080p",
    "360p",
    "540p",
    "720p",
}


def check_pixverse_v56_transition_input_resolution(
    value: str,
) -> PixverseV56TransitionInputResolution:
    if value in PIXVERSE_V56_TRANSITION_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_V56_TRANSITION_INPUT_RESOLUTION_VALUES!r}"
    )

from typing import Literal

PixverseV45TransitionInputAspectRatio = Literal["16:9", "1:1", "3:4", "4:3", "9:16"]

PIXVERSE_V45_TRANSITION_INPUT_ASPECT_RATIO_VALUES: set[PixverseV45TransitionInputAspectRatio] = {
    "16:9",
    "1:1",
    "3:4",
    "4:3",
    "9:16",
}


def check_pixverse_v45_transition_input_aspect_ratio(
    value: str,
) -> PixverseV45TransitionInputAspectRatio:
    if value in PIXVERSE_V45_TRANSITION_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_V45_TRANSITION_INPUT_ASPECT_RATIO_VALUES!r}"
    )

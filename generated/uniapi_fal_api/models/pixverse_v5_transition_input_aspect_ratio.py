from typing import Literal

PixverseV5TransitionInputAspectRatio = Literal["16:9", "1:1", "3:4", "4:3", "9:16"]

PIXVERSE_V5_TRANSITION_INPUT_ASPECT_RATIO_VALUES: set[PixverseV5TransitionInputAspectRatio] = {
    "16:9",
    "1:1",
    "3:4",
    "4:3",
    "9:16",
}


def check_pixverse_v5_transition_input_aspect_ratio(
    value: str,
) -> PixverseV5TransitionInputAspectRatio:
    if value in PIXVERSE_V5_TRANSITION_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_V5_TRANSITION_INPUT_ASPECT_RATIO_VALUES!r}"
    )

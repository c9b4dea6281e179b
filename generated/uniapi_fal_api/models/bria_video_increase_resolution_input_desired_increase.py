from typing import Literal

BriaVideoIncreaseResolutionInputDesiredIncrease = Literal["2", "4"]

BRIA_VIDEO_INCREASE_RESOLUTION_INPUT_DESIRED_INCREASE_VALUES: set[
    BriaVideoIncreaseResolutionInputDesiredIncrease
] = {
    "2",
    "4",
}


def check_bria_video_increase_resolution_input_desired_increase(
    value: str,
) -> BriaVideoIncreaseResolutionInputDesiredIncrease:
    if value in BRIA_VIDEO_INCREASE_RESOLUTION_INPUT_DESIRED_INCREASE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BRIA_VIDEO_INCREASE_RESOLUTION_INPUT_DESIRED_INCREASE_VALUES!r}"
    )

from typing import Literal

MinimaxHailuo23FastStandardImageToVideoInputDuration = Literal["10", "6"]

MINIMAX_HAILUO_23_FAST_STANDARD_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES: set[
    MinimaxHailuo23FastStandardImageToVideoInputDuration
] = {
    "10",
    "6",
}


def check_minimax_hailuo_23_fast_standard_image_to_video_input_duration(
    value: str,
) -> MinimaxHailuo23FastStandardImageToVideoInputDuration:
    if value in MINIMAX_HAILUO_23_FAST_STANDARD_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MINIMAX_HAILUO_23_FAST_STANDARD_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES!r}"
    )

from typing import Literal

MinimaxHailuo23StandardImageToVideoInputDuration = Literal["10", "6"]

MINIMAX_HAILUO_23_STANDARD_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES: set[
    MinimaxHailuo23StandardImageToVideoInputDuration
] = {
    "10",
    "6",
}


def check_minimax_hailuo_23_standard_image_to_video_input_duration(
    value: str,
) -> MinimaxHailuo23StandardImageToVideoInputDuration:
    if value in MINIMAX_HAILUO_23_STANDARD_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MINIMAX_HAILUO_23_STANDARD_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES!r}"
    )

from typing import Literal

MinimaxHailuo23StandardTextToVideoInputDuration = Literal["10", "6"]

MINIMAX_HAILUO_23_STANDARD_TEXT_TO_VIDEO_INPUT_DURATION_VALUES: set[
    MinimaxHailuo23StandardTextToVideoInputDuration
] = {
    "10",
    "6",
}


def check_minimax_hailuo_23_standard_text_to_video_input_duration(
    value: str,
) -> MinimaxHailuo23StandardTextToVideoInputDuration:
    if value in MINIMAX_HAILUO_23_STANDARD_TEXT_TO_VIDEO_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MINIMAX_HAILUO_23_STANDARD_TEXT_TO_VIDEO_INPUT_DURATION_VALUES!r}"
    )
